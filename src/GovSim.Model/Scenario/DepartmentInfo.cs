using GovSim.Model.Engine;

namespace GovSim.Model.Scenario;

/// <summary>A compiled department: the one department of a function in a region.</summary>
public sealed record DepartmentInfo(
    int Index, int Region, int Function, string Name, int Staff, ServiceTimeModel ServiceTime, OfficeHours Hours, double DigitalMaturity)
{
    public AgentId Id => AgentId.Department(Index);
}

/// <summary>A compiled third-party agency of a region, licensed for some functions.</summary>
public sealed record AgencyInfo(int Index, int Region, string Name, bool[] Licensed, int Staff, ServiceTimeModel ServiceTime, OfficeHours Hours)
{
    public AgentId Id => AgentId.Agency(Index);
}
