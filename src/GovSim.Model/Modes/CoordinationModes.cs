using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

public static class CoordinationModes
{
    /// <summary>Every mechanism, so any agent can answer any protocol whatever mode drew the request.</summary>
    public static IReadOnlyList<ICoordinationMode> Mechanisms { get; } =
        [new AdministrativeMode(), new MarketMode(), new NetworkMode(), new CyborgMode()];

    /// <summary>The shared mechanism of a concrete mode (administrative, market, network or cyborg).</summary>
    public static ICoordinationMode Of(ModeKind kind) => Mechanisms[Index(kind)];

    /// <summary>Lets the mechanism whose protocol the message belongs to handle it; a message nobody knows is a bug.</summary>
    public static void Handle(Envelope envelope, Agents.ICoordinatingAgent self, IAgentContext ctx)
    {
        foreach (var mechanism in Mechanisms)
            if (mechanism.TryHandle(envelope, self, ctx)) return;
        throw new InvalidOperationException($"{self.Id} cannot handle {envelope.Body.GetType().Name}.");
    }

    public static ICoordinationMode Create(ScenarioSpec spec) => spec.Mode switch
    {
        ModeKind.Mosaic => new MosaicMode(spec),
        ModeKind.Administrative or ModeKind.Market or ModeKind.Network or ModeKind.Cyborg => Of(spec.Mode),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Mode, "No mechanism for this mode."),
    };

    /// <summary>Share of the applications of a region's citizens for a service that the platform takes in under this mode.</summary>
    public static double PlatformShare(ICoordinationMode mode, int region, int service) => mode switch
    {
        CyborgMode => 1,
        MosaicMode mosaic => mosaic.PlatformShare(region, service),
        _ => 0,
    };

    public static int Index(ModeKind kind) => (int)kind; // administrative, market, network, cyborg = 0..3
}
