using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Modes;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// The government service platform (政务服务平台). As the window of cyborg mode it takes applications — online (any
/// hour, pre-checked by the intake desk) or at its assisted counter (代办点) — and leads each case: data-shared proofs
/// pulled through its hub (with the hub's connectedness), steps dispatched with SLA timers, by stage or all at once
/// (parallel dispatch) (<see cref="CyborgMode"/>). As an information layer it publishes a board of providers' load
/// (visibility). It fails in two ways: outages (exponential up and down times with the configured availability and
/// mean outage length) and data mismatches (data_error_rate). An application that meets either is turned away to the
/// department's counter, where hierarchy takes over; during an outage everything else the platform does — intake,
/// dispatch, data pulls, SLA escalation, the board — stops, and the work that reached it waits as a backlog, worked
/// off in order when it is back.
/// </summary>
public sealed class PlatformAgent : Agent, ICoordinatingAgent
{
    private readonly Dictionary<CaseId, (CaseSubmission Submission, AgentId Citizen)> _applications = []; // looked up only
    private readonly List<Envelope> _held = [];
    private readonly double[] _departmentLoad;
    private readonly double[] _departmentHours;
    private readonly double[] _agencyHours;
    private bool _down;
    private bool _randomDown;
    private long _forcedUntil;
    private long _fallbacks;
    private long _outages;
    private long _downSince;
    private long _downMinutes;
    private long _heldTotal;
    private long _casesLed;

    public PlatformAgent(World world) : base(world.Platform)
    {
        Book = new CoordinationBook(world.Departments.Count, world.Spec.Network.InitialTrust);
        Lead = new CaseLead(this, world, () => world.Spec.Platform.HubConnectedness, _ => CoordinationModes.Of(ModeKind.Cyborg));
        IntakeDesk = new ServiceDesk(-1, world.Intake.Staff, world.Intake.ServiceTime, world.Intake.Hours);
        AssistedDesk = new ServiceDesk(-2, world.Assisted.Staff, world.Assisted.ServiceTime, world.Assisted.Hours);
        _departmentLoad = new double[world.Departments.Count];
        _departmentHours = new double[world.Departments.Count];
        _agencyHours = new double[world.Agencies.Count];
    }

    public CoordinationBook Book { get; }
    public CaseLead Lead { get; }
    public ServiceDesk IntakeDesk { get; }
    public ServiceDesk AssistedDesk { get; }
    ServiceDesk? ICoordinatingAgent.Desk => null;
    CaseLead? ICoordinatingAgent.Lead => Lead;

    public override void Start(IAgentContext ctx)
    {
        // An unused platform stays still, so runs that do not use it spend no events on it.
        var world = ctx.World;
        if (!world.PlatformInUse) return;
        if (world.Spec.Platform.Availability < 1) ScheduleOutage(ctx);
        foreach (var (tick, minutes) in world.Changes.PlatformOutages) ctx.Schedule(new ForcedOutage(minutes), Math.Max(1, tick));
        ctx.Schedule(new DayEnd(), SimTime.MinutesPerDay);
        // The first board goes out once the first load reports are in.
        if (world.Spec.Platform.Visibility) ctx.Schedule(new BoardTick(), world.BoardInterval + world.MessageDelay + 1);
    }

    public override void Handle(Envelope envelope, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case Outage outage:
                OnOutage(outage.Starts, ctx);
                return;
            case ForcedOutage forced:
                // Taken down from outside (the classroom's button, a saved intervention) on top of random outages.
                _forcedUntil = Math.Max(_forcedUntil, ctx.Now + forced.Minutes);
                ctx.Schedule(new ForcedRecovery(), forced.Minutes);
                SetDown(ctx);
                return;
            case ForcedRecovery:
                SetDown(ctx);
                return;
            case DayEnd:
                EndDay(ctx);
                return;
            case BoardTick:
                if (!_down) Publish(ctx);
                ctx.Schedule(new BoardTick(), ctx.World.BoardInterval);
                return;
            case LoadReport report:
                if (!_down) Note(envelope.From, report);
                return;
            case CaseSubmission s:
                Submit(s, envelope.From, ctx);
                return;
        }

        if (_down)
        {
            // Nothing moves while the platform is down: finished pre-checks, replies and SLA timers wait.
            _held.Add(envelope);
            _heldTotal++;
            return;
        }

        Work(envelope, ctx);
    }

    public override AgentSnapshot Snapshot(long now) =>
        new(Id, now, IntakeDesk.Waiting + AssistedDesk.Waiting, IntakeDesk.Busy + AssistedDesk.Busy, _held.Count, 0, _down);

    public override void Finish(IAgentContext ctx)
    {
        if (_down) _downMinutes += ctx.Now - _downSince;
        ctx.Record(new Counter("escalations", Lead.Escalations));
        ctx.Record(new Counter("rework", Lead.Rework));
        ctx.Record(new Counter("platform_fallbacks", _fallbacks));
        ctx.Record(new Counter("platform_outages", _outages));
        ctx.Record(new Counter("platform_down_minutes", _downMinutes));
        ctx.Record(new Counter("platform_held", _heldTotal));
        ctx.Record(new Counter("platform_cases", _casesLed));
    }

    public void AcceptWork(CaseId @case, int service, int step, AgentId requester, int? priority, IAgentContext ctx) =>
        throw new InvalidOperationException("The platform does no step work itself.");

    private void Submit(CaseSubmission s, AgentId citizen, IAgentContext ctx)
    {
        if (_down || ctx.Random.Chance(ctx.World.Spec.Platform.DataErrorRate))
        {
            _fallbacks++;
            ctx.Send(citizen, new SubmissionRejected(s.Case), ctx.World.MessageDelay);
            return;
        }

        _applications.Add(s.Case, (s, citizen));
        var desk = s.Channel == Channel.Assisted ? AssistedDesk : IntakeDesk;
        desk.Enqueue(new Job(JobKind.Application, s.Case, s.Service, -1, citizen, 0, 0, 0, ctx.Now), ctx);
    }

    private void Work(Envelope envelope, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case ServiceDone done:
                var desk = _applications[done.Job.Case].Submission.Channel == Channel.Assisted ? AssistedDesk : IntakeDesk;
                var job = desk.Finish(done, ctx);
                var (submission, citizen) = _applications[job.Case];
                _applications.Remove(job.Case);
                _casesLed++;
                Lead.Open(submission, citizen, allAtOnce: ctx.World.Spec.Platform.ParallelDispatch, ctx);
                Lead.AddCost(job.Case, Costs.Staff(ctx.World, done.Minutes) + ctx.World.Spec.Costs.PlatformPerCase);
                desk.StartWork(ctx);
                break;
            case Opening:
                IntakeDesk.OnOpening(ctx);
                AssistedDesk.OnOpening(ctx);
                break;
            default:
                if (!Lead.TryHandle(envelope, ctx)) CoordinationModes.Handle(envelope, this, ctx);
                break;
        }
    }

    private void OnOutage(bool starts, IAgentContext ctx)
    {
        _randomDown = starts;
        SetDown(ctx);
        ScheduleOutage(ctx);
    }

    /// <summary>Down while a random outage or a forced one holds; coming up works off the held backlog.</summary>
    private void SetDown(IAgentContext ctx)
    {
        var down = _randomDown || ctx.Now < _forcedUntil;
        if (down == _down) return;
        _down = down;
        if (_down)
        {
            _outages++;
            _downSince = ctx.Now;
        }
        else
        {
            _downMinutes += ctx.Now - _downSince;
            // The backlog is worked off in the order it arrived.
            var backlog = _held.ToArray();
            _held.Clear();
            foreach (var envelope in backlog) Work(envelope, ctx);
        }
    }

    private void Note(AgentId provider, LoadReport report)
    {
        if (provider.Kind == AgentKind.Agency)
        {
            _agencyHours[provider.Index] = report.ExpectedHours;
            return;
        }

        _departmentLoad[provider.Index] = report.WaitingPerStaff;
        _departmentHours[provider.Index] = report.ExpectedHours;
    }

    private void Publish(IAgentContext ctx)
    {
        var board = new LoadBoard(_departmentLoad.ToArray(), _departmentHours.ToArray(), _agencyHours.ToArray());
        foreach (var department in ctx.World.Departments) ctx.Send(department.Id, board, ctx.World.MessageDelay);
    }

    private void EndDay(IAgentContext ctx)
    {
        var day = SimTime.DayOf(ctx.Now) - 1;
        ctx.Record(new Indicator(day, Id, "intake_waiting", IntakeDesk.Waiting));
        ctx.Record(new Indicator(day, Id, "assisted_waiting", AssistedDesk.Waiting));
        ctx.Record(new Indicator(day, Id, "held_backlog", _held.Count));
        ctx.Record(new Indicator(day, Id, "down", _down ? 1 : 0));
        ctx.Schedule(new DayEnd(), SimTime.MinutesPerDay);
    }

    private void ScheduleOutage(IAgentContext ctx)
    {
        var spec = ctx.World.Spec.Platform;
        if (spec.Availability >= 1) return;
        var meanDown = spec.MeanOutageHours * SimTime.MinutesPerHour;
        var meanUp = meanDown * spec.Availability / (1 - spec.Availability);
        var wait = ctx.Random.Exponential(_randomDown ? meanDown : meanUp);
        if (wait >= ctx.World.Duration) return;
        ctx.Schedule(new Outage(!_randomDown), Math.Max(1, (long)Math.Round(wait)));
    }
}
