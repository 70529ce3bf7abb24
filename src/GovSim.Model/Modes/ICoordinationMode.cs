using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// How a department gets another department to do a step of a case it leads. Each coordination mode is one
/// implementation: a mechanism that sends messages, never a multiplier on latency. The answer always comes back to
/// the lead department as a <see cref="Messages.StepDone"/>.
/// </summary>
public interface ICoordinationMode
{
    ModeKind Kind { get; }

    void RequestStep(StepRequest request, IAgentContext ctx);
}

/// <summary>The lead department <paramref name="Requester"/> needs <paramref name="Target"/> to do step <paramref name="Step"/>.</summary>
public sealed record StepRequest(CaseId Case, int Service, int Step, AgentId Requester, DepartmentInfo Target);
