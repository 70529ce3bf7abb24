using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

public static class CoordinationModes
{
    public static ICoordinationMode Create(ModeKind kind) => kind switch
    {
        ModeKind.Administrative => new AdministrativeMode(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No mechanism for this mode."),
    };
}
