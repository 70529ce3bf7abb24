using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// "赛博格" coordination by the platform (用"数"指挥): the platform dispatches a step to the working department with an
/// SLA timer in working hours; a step still unfinished when its SLA runs out is escalated to the leader of the working
/// department's region, whose directive raises it to the front of that department's queue. The department takes up
/// the dispatch only where its systems are connected for the item and it does not resist the platform (push overcomes
/// resistance, <see cref="DepartmentAgent.TakesUpDispatch"/>); otherwise it declines and the platform sends the step
/// the manual route, through the region's leader. Without a platform shared across regions, a step in another region
/// goes to the leader above the regions. Intake, data sharing, stage order or parallel dispatch, outages and data
/// errors are the platform's (<see cref="PlatformAgent"/>).
/// </summary>
public sealed class CyborgMode : ICoordinationMode
{
    public ModeKind Kind => ModeKind.Cyborg;

    public void RequestStep(StepRequest request, ICoordinatingAgent requester, IAgentContext ctx)
    {
        var world = ctx.World;
        var lead = requester.Lead!;
        if (!world.Spec.Platform.SharedAcrossRegions && request.Target.Region != lead.CitizenRegionOf(request.Case))
        {
            AdministrativeMode.Escalate(world.TopLeader, request, bump: false, requester, ctx);
            return;
        }

        ctx.Send(request.Target.Id, new PlatformDispatch(request.Case, request.Service, request.Step), world.MessageDelay);
        var sla = (long)Math.Round(world.Spec.Platform.SlaHours * SimTime.MinutesPerHour);
        ctx.Schedule(new SlaCheck(request.Case, request.Service, request.Step), world.Calendar.AddWorkingMinutes(ctx.Now, sla) - ctx.Now);
    }

    public bool TryHandle(Envelope envelope, ICoordinatingAgent self, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case PlatformDispatch dispatch:
                if (self is DepartmentAgent department && !department.TakesUpDispatch(ctx))
                    ctx.Send(envelope.From, new DispatchDeclined(dispatch.Case, dispatch.Service, dispatch.Step), ctx.World.MessageDelay);
                else
                    self.AcceptWork(dispatch.Case, dispatch.Service, dispatch.Step, envelope.From, null, ctx);
                return true;
            case DispatchDeclined declined:
                // The manual route: the region's leader orders the department to do it.
                ManualRoute(self, declined.Case, declined.Service, declined.Step, bump: false, ctx);
                return true;
            case SlaCheck check:
                if (self.Lead!.IsPending(check.Case, check.Step)) ManualRoute(self, check.Case, check.Service, check.Step, bump: true, ctx);
                return true;
            default:
                return false;
        }
    }

    private static void ManualRoute(ICoordinatingAgent self, CaseId @case, int service, int step, bool bump, IAgentContext ctx)
    {
        var lead = self.Lead!;
        if (!lead.IsOpen(@case)) return;
        var target = lead.TargetOf(@case, step, ctx.World);
        var request = new StepRequest(@case, service, step, self.Id, target);
        AdministrativeMode.Escalate(ctx.World.RegionalLeader(target.Region), request, bump, self, ctx);
    }
}
