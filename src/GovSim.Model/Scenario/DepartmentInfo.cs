using GovSim.Model.Engine;

namespace GovSim.Model.Scenario;

/// <summary>A compiled department: the one department of a function in a region.</summary>
public sealed record DepartmentInfo(int Index, int Region, int Function, string Name, int Staff, ServiceTimeModel ServiceTime, OfficeHours Hours)
{
    public AgentId Id => AgentId.Department(Index);
}
