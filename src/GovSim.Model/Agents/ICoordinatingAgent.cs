using GovSim.Model.Engine;

namespace GovSim.Model.Agents;

/// <summary>What coordination mechanisms may see of an agent that requests or provides work.</summary>
public interface ICoordinatingAgent
{
    AgentId Id { get; }

    /// <summary>Mode state: tenders, refusals, trust.</summary>
    CoordinationBook Book { get; }

    /// <summary>The desk that does work (departments, agencies); null for the platform.</summary>
    ServiceDesk? Desk { get; }

    /// <summary>The cases this agent leads (departments, platform); null for agencies.</summary>
    CaseLead? Lead { get; }

    /// <summary>Provider side: queue a step for a requester. Coordination work gets precedence with the region's push.</summary>
    void AcceptWork(CaseId @case, int service, int step, AgentId requester, int? priority, IAgentContext ctx);
}
