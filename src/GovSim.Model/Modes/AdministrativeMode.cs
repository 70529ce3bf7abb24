using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// 行政式 coordination: "horizontal problems are solved vertically". The lead escalates to the leader common to both
/// departments (the regional leader, or the leader above the regions when they sit in different regions); the
/// leader, with limited attention, issues a directive with priority to the working department.
/// </summary>
public sealed class AdministrativeMode : ICoordinationMode
{
    public ModeKind Kind => ModeKind.Administrative;

    public void RequestStep(StepRequest request, ICoordinatingAgent requester, IAgentContext ctx)
    {
        var world = ctx.World;
        // The platform has no region of its own: it goes to the top.
        var sameRegion = request.Requester.Kind == AgentKind.Department
            && world.Department(request.Requester).Region == request.Target.Region;
        var leader = sameRegion ? world.RegionalLeader(request.Target.Region) : world.TopLeader;
        Escalate(leader, request, bump: false, requester, ctx);
    }

    /// <summary>Sends an escalation and counts it on the case.</summary>
    public static void Escalate(AgentId leader, StepRequest request, bool bump, ICoordinatingAgent requester, IAgentContext ctx)
    {
        requester.Lead?.CountEscalation(request.Case);
        ctx.Send(leader, new Escalation(request.Case, request.Service, request.Step, request.Requester, request.Target.Id, bump), ctx.World.MessageDelay);
    }

    public bool TryHandle(Envelope envelope, ICoordinatingAgent self, IAgentContext ctx)
    {
        if (envelope.Body is not Directive d) return false;
        // A bump only raises a step already waiting here (an SLA breach); an order queues new work.
        if (d.Bump) self.Desk?.Bump(d.Case, d.Step, ctx);
        else self.AcceptWork(d.Case, d.Service, d.Step, d.Requester, d.Priority, ctx);
        return true;
    }
}
