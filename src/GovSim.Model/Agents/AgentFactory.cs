using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>Builds the agent behind an id; the one place that knows which class plays which kind.</summary>
public static class AgentFactory
{
    public static Agent Create(World world, AgentId id) => id.Kind switch
    {
        AgentKind.Citizen => new CitizenAgent(world.Citizens[id.Index]),
        AgentKind.Department => new DepartmentAgent(world.Departments[id.Index], world),
        AgentKind.Leader => new LeaderAgent(id.Index, world),
        AgentKind.Platform => new PlatformAgent(world),
        AgentKind.Agency => new AgencyAgent(world.Agencies[id.Index], world),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown agent kind."),
    };
}
