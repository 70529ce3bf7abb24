using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Modes;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// A department (职能部门): a service desk in office hours that issues proofs to citizens and does steps of cases; it
/// leads the cases whose first step it owns, answers data requests from its data (as far as its digital maturity
/// reaches), and answers the protocols of every coordination mode. Its digital maturity may grow with its region's
/// push and lapse when the region's leader changes; whether it takes up work the platform dispatches depends on that
/// maturity, its resistance and push.
/// </summary>
public sealed class DepartmentAgent : Agent, ICoordinatingAgent
{
    private readonly bool _reportsTrust;
    private readonly bool _reportsMaturity;

    public DepartmentAgent(DepartmentInfo info, World world) : base(info.Id)
    {
        Info = info;
        Maturity = info.DigitalMaturity;
        Desk = new ServiceDesk(info.Index, info.Staff, info.ServiceTime, info.Hours);
        Book = new CoordinationBook(world.Departments.Count, world.Spec.Network.InitialTrust);
        // Cases handed over by the platform (and every case when the platform is the mode) fall back to hierarchy.
        Lead = new CaseLead(this, world, () => Maturity,
            c => c.Fallback || world.Mode is CyborgMode ? CoordinationModes.Of(ModeKind.Administrative) : world.Mode);
        _reportsTrust = world.Mode is NetworkMode || world.Spec is { Mode: ModeKind.Mosaic };
        _reportsMaturity = world.Spec.Digitalisation.GrowthPerYear > 0 || world.Spec.Leaders.TurnoverPerYear > 0;
    }

    public DepartmentInfo Info { get; }

    /// <summary>Current digital maturity: the share of its data online and connected.</summary>
    public double Maturity { get; private set; }

    public ServiceDesk Desk { get; }
    public CoordinationBook Book { get; }
    public CaseLead Lead { get; }
    ServiceDesk? ICoordinatingAgent.Desk => Desk;
    CaseLead? ICoordinatingAgent.Lead => Lead;

    public override void Start(IAgentContext ctx)
    {
        ctx.Schedule(new DayEnd(), SimTime.MinutesPerDay);
        if (ctx.World.Spec.Platform.Visibility) ctx.Schedule(new BoardTick(), ctx.World.BoardInterval);
        foreach (var (tick, maturity) in ctx.World.Changes.MaturityChanges)
        {
            if (tick == 0) Maturity = maturity;
            else ctx.Schedule(new MaturitySet(maturity), tick);
        }
    }

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
                var found = ctx.Random.Chance(Maturity * request.RequesterMaturity);
                ctx.Send(envelope.From, new DataReply(request.Case, request.Issuer, found), ctx.World.MessageDelay);
                break;
            case ServiceDone finished:
                Complete(Desk.Finish(finished, ctx), finished.Minutes, ctx);
                Desk.StartWork(ctx);
                break;
            case Opening:
                Desk.OnOpening(ctx);
                break;
            case MaturitySet set:
                Maturity = set.Maturity;
                break;
            case DayEnd:
                EndDay(ctx);
                break;
            case BoardTick:
                ctx.Send(ctx.World.Platform, new LoadReport(Desk.WaitingPerStaff, Desk.ExpectedHours), ctx.World.MessageDelay);
                ctx.Schedule(new BoardTick(), ctx.World.BoardInterval);
                break;
            case LoadBoard board:
                Book.Board = board;
                break;
            case LeaderChanged:
                Maturity = Info.DigitalMaturity;
                break;
            default:
                if (!Lead.TryHandle(envelope, ctx)) CoordinationModes.Handle(envelope, this, ctx);
                break;
        }
    }

    public override AgentSnapshot Snapshot(long now) => new(Id, now, Desk.Waiting, Desk.Busy, 0, Maturity, false);

    public override void Finish(IAgentContext ctx)
    {
        ctx.Record(new Counter("escalations", Lead.Escalations));
        ctx.Record(new Counter("rework", Lead.Rework));
        ctx.Record(new Counter("peer_refusals", Book.RefusalsTotal));
        ctx.Record(new Counter("tender_retries", Lead.TenderRetries));
    }

    public void AcceptWork(CaseId @case, int service, int step, AgentId requester, int? priority, IAgentContext ctx)
    {
        // Push (高位推动): coordination work is put before counter work with the probability of the push that governs
        // it — the region's own, or the top leader's when another region asks.
        var p = priority ?? (ctx.Random.Chance(PushOver(requester, ctx.World, ctx.Now)) ? 1 : 0);
        var interventions = priority >= 1 && requester != Id ? 1 : 0; // a directive is a leader's intervention
        Desk.Enqueue(new Job(JobKind.Step, @case, service, step, requester, p, interventions, 0, ctx.Now), ctx);
    }

    /// <summary>
    /// Whether this department takes up a step the platform dispatched: its data and systems must be connected for
    /// the item (maturity), and it must not fall back on the manual route out of resistance, which push overcomes.
    /// </summary>
    public bool TakesUpDispatch(IAgentContext ctx)
    {
        var push = ctx.World.PushIn(Info.Region, ctx.Now);
        return ctx.Random.Chance(Maturity) && !ctx.Random.Chance(Info.PlatformResistance * (1 - push));
    }

    /// <summary>The push that governs work for <paramref name="requester"/> at <paramref name="now"/>: the top leader's across regions.</summary>
    public double PushOver(AgentId requester, World world, long now) =>
        requester.Kind == AgentKind.Department && world.Department(requester).Region != Info.Region ? world.TopPushAt(now) : world.PushIn(Info.Region, now);

    private void EndDay(IAgentContext ctx)
    {
        var world = ctx.World;
        var day = SimTime.DayOf(ctx.Now) - 1;
        ctx.Record(Desk.CloseDay(ctx.Now));
        // Technology taken up where organisation pushes: maturity closes a push-sized share of its gap each day.
        var growth = world.Spec.Digitalisation.GrowthPerYear;
        if (growth > 0) Maturity += growth / 365 * world.PushIn(Info.Region, ctx.Now) * (1 - Maturity);
        if (_reportsTrust) ctx.Record(new Indicator(day, Id, "trust_mean", Book.MeanTrust(Info.Index)));
        if (_reportsMaturity) ctx.Record(new Indicator(day, Id, "digital_maturity", Maturity));
        ctx.Schedule(new DayEnd(), SimTime.MinutesPerDay);
    }

    private void Complete(Job job, long minutes, IAgentContext ctx)
    {
        var world = ctx.World;
        var cost = Costs.Staff(world, minutes);
        if (job.Kind == JobKind.Proof)
            ctx.Send(job.ReplyTo, new ProofIssued(job.Case, job.ProofCount, cost), world.TravelTime);
        else if (job.ReplyTo == Id)
            Lead.OnStepDone(job.Case, job.Step, job.Interventions, cost, Id, ctx);
        else
            ctx.Send(job.ReplyTo, new StepDone(job.Case, job.Step, job.Interventions, cost), world.MessageDelay);
    }

}
