using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

public static class CoordinationModes
{
    /// <summary>Every mechanism, so any agent can answer any protocol whatever mode drew the request.</summary>
    public static IReadOnlyList<ICoordinationMode> Mechanisms { get; } =
        [new AdministrativeMode(), new MarketMode(), new NetworkMode(), new CyborgMode()];

    public static ICoordinationMode Create(ScenarioSpec spec) => spec.Mode switch
    {
        ModeKind.Administrative => new AdministrativeMode(),
        ModeKind.Market => new MarketMode(),
        ModeKind.Network => new NetworkMode(),
        ModeKind.Cyborg => new CyborgMode(),
        ModeKind.Mosaic => new MosaicMode(spec.Mosaic),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Mode, "No mechanism for this mode."),
    };

    /// <summary>Share of applications the platform takes in under this mode.</summary>
    public static double PlatformShare(ICoordinationMode mode) => mode switch
    {
        CyborgMode => 1,
        MosaicMode mosaic => mosaic.PlatformShare,
        _ => 0,
    };

    public static int Index(ModeKind kind) => (int)kind; // administrative, market, network, cyborg = 0..3
}
