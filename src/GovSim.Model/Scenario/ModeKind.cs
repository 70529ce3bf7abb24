namespace GovSim.Model.Scenario;

/// <summary>How departments coordinate. Each value is one mechanism class behind <see cref="Modes.ICoordinationMode"/>.</summary>
public enum ModeKind
{
    /// <summary>Hierarchy: cross-department work is escalated to the common leader, who issues a directive.</summary>
    Administrative,
}
