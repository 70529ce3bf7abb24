using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// 拼盘: a mix. At intake a citizen goes to the platform with the cyborg weight's share; every coordination decision a
/// department takes draws administrative, market or network by their weights, from the deciding agent's own stream.
/// Replies are handled by the drawn mechanism itself.
/// </summary>
public sealed class MosaicMode(MosaicSpec weights) : ICoordinationMode
{
    private readonly ICoordinationMode[] _modes =
        [CoordinationModes.Of(ModeKind.Administrative), CoordinationModes.Of(ModeKind.Market), CoordinationModes.Of(ModeKind.Network)];
    private readonly double[] _cumulative = Cumulative([weights.Administrative, weights.Market, weights.Network]);

    public ModeKind Kind => ModeKind.Mosaic;

    /// <summary>Share of applications the platform takes in.</summary>
    public double PlatformShare { get; } = Share(weights);

    public ICoordinationMode Resolve(IAgentContext ctx)
    {
        var u = ctx.Random.NextDouble();
        for (var i = 0; i < _cumulative.Length; i++)
            if (u < _cumulative[i]) return _modes[i];
        return _modes[0];
    }

    public void RequestStep(StepRequest request, ICoordinatingAgent requester, IAgentContext ctx) =>
        Resolve(ctx).RequestStep(request, requester, ctx);

    public bool TryHandle(Envelope envelope, ICoordinatingAgent self, IAgentContext ctx) => false;

    private static double Share(MosaicSpec w)
    {
        var total = w.Administrative + w.Market + w.Network + w.Cyborg;
        return total <= 0 ? 0 : w.Cyborg / total;
    }

    // With no department-side weight at all, every decision is administrative.
    private static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        if (total <= 0) return [1, 1, 1];
        var running = 0.0;
        return weights.Select(w => running += w / total).ToArray();
    }
}
