using GovSim.Model.Engine;

namespace GovSim.Model.Scenario;

/// <summary>
/// A compiled department: the one department of a function in a region. <paramref name="DigitalMaturity"/> is its
/// maturity at the start; where digitalisation moves it, the department agent holds the current value.
/// </summary>
public sealed record DepartmentInfo(
    int Index, int Region, int Function, string Name, int Staff, ServiceTimeModel ServiceTime, OfficeHours Hours,
    double DigitalMaturity, double PlatformResistance)
{
    public AgentId Id => AgentId.Department(Index);
}

/// <summary>A compiled third-party agency of a region, licensed for some functions.</summary>
public sealed record AgencyInfo(int Index, int Region, string Name, bool[] Licensed, int Staff, ServiceTimeModel ServiceTime, OfficeHours Hours)
{
    public AgentId Id => AgentId.Agency(Index);
}

/// <summary>A compiled desk of the platform (intake, assisted counter).</summary>
public sealed record DeskInfo(int Staff, ServiceTimeModel ServiceTime, OfficeHours Hours);
