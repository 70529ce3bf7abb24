using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Modes;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>A licensed third-party agency (帮代办): a service desk that bids for steps in market mode and does the ones it wins.</summary>
public sealed class AgencyAgent(AgencyInfo info, World world) : Agent(info.Id), ICoordinatingAgent
{
    public AgencyInfo Info { get; } = info;
    public ServiceDesk Desk { get; } = new(info.Index, info.Staff, info.ServiceTime, info.Hours);
    public CoordinationBook Book { get; } = new(world.Departments.Count, world.Spec.Network.InitialTrust);
    ServiceDesk? ICoordinatingAgent.Desk => Desk;
    CaseLead? ICoordinatingAgent.Lead => null;

    public override AgentSnapshot Snapshot(long now) => new(Id, now, Desk.Waiting, Desk.Busy, 0, 0, false);

    public override void Start(IAgentContext ctx)
    {
        if (ctx.World.Spec.Platform.Visibility) ctx.Schedule(new BoardTick(), ctx.World.BoardInterval);
    }

    public override void Handle(Envelope envelope, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case ServiceDone finished:
                // The agency's staff time is its own; government paid its price at the award.
                var job = Desk.Finish(finished, ctx);
                ctx.Send(job.ReplyTo, new StepDone(job.Case, job.Step, job.Interventions, 0), ctx.World.MessageDelay);
                Desk.StartWork(ctx);
                break;
            case BoardTick:
                ctx.Send(ctx.World.Platform, new LoadReport(Desk.WaitingPerStaff, Desk.ExpectedHours), ctx.World.MessageDelay);
                ctx.Schedule(new BoardTick(), ctx.World.BoardInterval);
                break;
            case Opening:
                Desk.OnOpening(ctx);
                break;
            default:
                CoordinationModes.Handle(envelope, this, ctx);
                break;
        }
    }

    // Agencies work for whoever pays, first come first served: push does not reach them.
    public void AcceptWork(CaseId @case, int service, int step, AgentId requester, int? priority, IAgentContext ctx) =>
        Desk.Enqueue(new Job(JobKind.Step, @case, service, step, requester, 0, 0, 0, ctx.Now), ctx);
}
