using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// 拼盘: a mix. At intake a citizen goes to the platform with the cyborg weight's share; every coordination decision a
/// department takes draws administrative, market or network by their weights, from the deciding agent's own stream.
/// Weights may differ by region and by service (a service's weights win), so "a region run by hierarchy beside a
/// region run by the network" is a scenario, not code. Replies are handled by the drawn mechanism itself.
/// </summary>
public sealed class MosaicMode : ICoordinationMode
{
    private static readonly ICoordinationMode[] Modes =
        [CoordinationModes.Of(ModeKind.Administrative), CoordinationModes.Of(ModeKind.Market), CoordinationModes.Of(ModeKind.Network)];

    private readonly Weights _default;
    private readonly Weights?[] _byRegion;
    private readonly Weights?[] _byService;

    public MosaicMode(ScenarioSpec spec)
    {
        var m = spec.Mosaic;
        _default = new Weights(m.Administrative, m.Market, m.Network, m.Cyborg);
        _byRegion = spec.Regions.Select(r => m.ByRegion.FirstOrDefault(w => w.Name == r.Name) is { } w ? Weights.Of(w) : null).ToArray();
        _byService = spec.Services.Select(s => m.ByService.FirstOrDefault(w => w.Name == s.Name) is { } w ? Weights.Of(w) : null).ToArray();
    }

    public ModeKind Kind => ModeKind.Mosaic;

    /// <summary>Share of the applications of a region's citizens for a service that the platform takes in.</summary>
    public double PlatformShare(int region, int service) => WeightsFor(region, service).PlatformShare;

    /// <summary>Whether any region or service sends applications to the platform.</summary>
    public bool UsesPlatform => _default.PlatformShare > 0 || _byRegion.Any(w => w?.PlatformShare > 0) || _byService.Any(w => w?.PlatformShare > 0);

    public ICoordinationMode Resolve(IAgentContext ctx, int region, int service)
    {
        var cumulative = WeightsFor(region, service).Cumulative;
        var u = ctx.Random.NextDouble();
        for (var i = 0; i < cumulative.Length; i++)
            if (u < cumulative[i]) return Modes[i];
        return Modes[0];
    }

    public void RequestStep(StepRequest request, ICoordinatingAgent requester, IAgentContext ctx) =>
        throw new InvalidOperationException("The mosaic resolves to a concrete mode before a step is requested.");

    public bool TryHandle(Envelope envelope, ICoordinatingAgent self, IAgentContext ctx) => false;

    private Weights WeightsFor(int region, int service) => _byService[service] ?? _byRegion[region] ?? _default;

    private sealed class Weights
    {
        public Weights(double administrative, double market, double network, double cyborg)
        {
            var total = administrative + market + network + cyborg;
            PlatformShare = total <= 0 ? 0 : cyborg / total;
            // With no department-side weight at all, every decision is administrative.
            var side = administrative + market + network;
            Cumulative = side <= 0 ? [1, 1, 1] : [administrative / side, (administrative + market) / side, 1];
        }

        public double PlatformShare { get; }
        public double[] Cumulative { get; }

        public static Weights Of(MosaicWeightsSpec w) => new(w.Administrative, w.Market, w.Network, w.Cyborg);
    }
}
