using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Modes;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// A department (职能部门): a service desk in office hours that issues proofs to citizens and does steps of cases; it
/// leads the cases whose first step it owns, answers data requests from its data (as far as its digital maturity
/// reaches), and answers the protocols of every coordination mode.
/// </summary>
public sealed class DepartmentAgent : Agent, ICoordinatingAgent
{
    public DepartmentAgent(DepartmentInfo info, World world) : base(info.Id)
    {
        Info = info;
        Desk = new ServiceDesk(info.Index, info.Staff, info.ServiceTime, info.Hours);
        Book = new CoordinationBook(world.Departments.Count, world.Spec.Network.InitialTrust);
        // Cases handed over by the platform (and every case when the platform is the mode) fall back to hierarchy.
        Lead = new CaseLead(this, info.DigitalMaturity, c => c.Fallback || world.Mode is CyborgMode ? CoordinationModes.Of(ModeKind.Administrative) : world.Mode);
    }

    public DepartmentInfo Info { get; }
    public ServiceDesk Desk { get; }
    public CoordinationBook Book { get; }
    public CaseLead Lead { get; }
    ServiceDesk? ICoordinatingAgent.Desk => Desk;
    CaseLead? ICoordinatingAgent.Lead => Lead;

    public override void Start(IAgentContext ctx) => ctx.Schedule(new DayEnd(), SimTime.MinutesPerDay);

    public override void Handle(Envelope envelope, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case ProofApplication p:
                Desk.Enqueue(new Job(JobKind.Proof, p.Case, -1, -1, envelope.From, 0, 0, p.ProofCount, ctx.Now), ctx);
                break;
            case CaseSubmission s:
                Lead.Open(s, envelope.From, allAtOnce: false, ctx);
                break;
            case DataRequest request:
                var found = ctx.Random.Chance(Info.DigitalMaturity * request.RequesterMaturity);
                ctx.Send(envelope.From, new DataReply(request.Case, request.Issuer, found), ctx.World.MessageDelay);
                break;
            case ServiceDone finished:
                Complete(Desk.Finish(finished, ctx), ctx);
                Desk.StartWork(ctx);
                break;
            case Opening:
                Desk.OnOpening(ctx);
                break;
            case DayEnd:
                ctx.Record(Desk.CloseDay(ctx.Now));
                ctx.Schedule(new DayEnd(), SimTime.MinutesPerDay);
                break;
            default:
                if (!Lead.TryHandle(envelope, ctx)) CoordinationModes.Handle(envelope, this, ctx);
                break;
        }
    }

    public override void Finish(IAgentContext ctx)
    {
        ctx.Record(new Counter("escalations", Lead.Escalations));
        ctx.Record(new Counter("rework", Lead.Rework));
        ctx.Record(new Counter("peer_refusals", Book.RefusalsTotal));
        ctx.Record(new Counter("tender_retries", Lead.TenderRetries));
    }

    public void AcceptWork(CaseId @case, int service, int step, AgentId requester, int? priority, IAgentContext ctx)
    {
        // Push (高位推动): coordination work is put before counter work with the probability of the region's push.
        var p = priority ?? (ctx.Random.Chance(ctx.World.PushIn(Info.Region)) ? 1 : 0);
        var interventions = priority >= 1 && requester != Id ? 1 : 0; // a directive is a leader's intervention
        Desk.Enqueue(new Job(JobKind.Step, @case, service, step, requester, p, interventions, 0, ctx.Now), ctx);
    }

    private void Complete(Job job, IAgentContext ctx)
    {
        var world = ctx.World;
        if (job.Kind == JobKind.Proof)
            ctx.Send(job.ReplyTo, new ProofIssued(job.Case, job.ProofCount), world.TravelTime);
        else if (job.ReplyTo == Id)
            Lead.OnStepDone(job.Case, job.Step, job.Interventions, Id, ctx);
        else
            ctx.Send(job.ReplyTo, new StepDone(job.Case, job.Step, job.Interventions), world.MessageDelay);
    }
}
