using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// One coordination mechanism: how a lead gets another department to do a step of a case, and how the parties
/// answer. Each mode is a stateless class: what agents remember (tenders, refusals, trust) lives in their
/// <see cref="CoordinationBook"/>. Every mode ends the same way, with a <see cref="Messages.StepDone"/> to the lead, so
/// its outcomes come from the messages it sends, never from a multiplier on latency.
/// </summary>
public interface ICoordinationMode
{
    ModeKind Kind { get; }

    /// <summary>The concrete mode for one coordination decision on a case of a region and service: itself, or for mosaic a draw by weight.</summary>
    ICoordinationMode Resolve(IAgentContext ctx, int region, int service) => this;

    /// <summary>Requester side: have <see cref="StepRequest.Target"/> (or whoever wins) do the step.</summary>
    void RequestStep(StepRequest request, ICoordinatingAgent requester, IAgentContext ctx);

    /// <summary>Handles a message of this mode's protocol, on either side; false if the message is not this mode's.</summary>
    bool TryHandle(Envelope envelope, ICoordinatingAgent self, IAgentContext ctx);
}

/// <summary>The lead <paramref name="Requester"/> needs step <paramref name="Step"/> done by a department like <paramref name="Target"/>.</summary>
public sealed record StepRequest(CaseId Case, int Service, int Step, AgentId Requester, DepartmentInfo Target);
