using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// "赛博格" coordination by the platform (用"数"指挥): it dispatches every step of a case at once (并联), each with an SLA
/// timer in working hours; a step still unfinished when its SLA runs out is escalated to the leader of the working
/// department's region, whose directive raises it to the front of that department's queue. Without a platform shared
/// across regions, a step in another region goes to the leader above the regions instead; and a department reaches the
/// platform only as far as its digital maturity goes (each dispatch is electronic with that probability, else it goes
/// through the region's leader). Intake (online 24/7 or the
/// assisted counter), data sharing, outages and data errors are the platform's (<see cref="PlatformAgent"/>).
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

        if (!ctx.Random.Chance(request.Target.DigitalMaturity))
        {
            // The department's systems are not connected to the platform for this item: it goes through the leader.
            AdministrativeMode.Escalate(world.RegionalLeader(request.Target.Region), request, bump: false, requester, ctx);
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
                self.AcceptWork(dispatch.Case, dispatch.Service, dispatch.Step, envelope.From, null, ctx);
                return true;
            case SlaCheck check:
                var lead = self.Lead!;
                if (!lead.IsPending(check.Case, check.Step)) return true;
                var target = lead.TargetOf(check.Case, check.Step, ctx.World);
                var request = new StepRequest(check.Case, check.Service, check.Step, self.Id, target);
                AdministrativeMode.Escalate(ctx.World.RegionalLeader(target.Region), request, bump: true, self, ctx);
                return true;
            default:
                return false;
        }
    }
}
