using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// A citizen (群众): needs services as a Poisson process; fetches the citizen-fetch papers from their issuers (one trip
/// per issuer), then applies — at the lead department's counter (a trip), or through the platform: online if
/// digitally skilled (no trip, 24/7), else at its assisted counter (a trip). Brings papers the lead asks for later,
/// gives up on a case when its patience runs out, and rates every finished case.
/// </summary>
public sealed class CitizenAgent(CitizenProfile profile) : Agent(AgentId.Citizen(profile.Index))
{
    private readonly List<CitizenCase> _open = [];
    private int _casesStarted;
    private double _patienceMinutes;
    private long _nextNeedAt = -1; // the tick of the need in force; an earlier draw left pending by a change of demand is void

    public CitizenProfile Profile { get; } = profile;

    public override void Start(IAgentContext ctx)
    {
        _patienceMinutes = ctx.Random.Exponential(ctx.World.Spec.Population.PatienceDays * SimTime.MinutesPerDay);
        ScheduleNextNeed(ctx);
        // Interventions that change demand wake every citizen at that instant to draw its next need again; a run
        // without them schedules nothing more, so its random draws are what they always were.
        foreach (var tick in ctx.World.Changes.RateChanges)
            if (tick > 0) ctx.Schedule(new DemandChanged(), tick);
    }

    public override void Handle(Envelope envelope, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case NeedArises when ctx.Now != _nextNeedAt:
                break; // drawn before demand changed, and redrawn since
            case DemandChanged:
                ScheduleNextNeed(ctx); // memoryless: the next need is drawn afresh at the new rate
                break;
            case NeedArises:
                var service = ctx.World.PickService(ctx.Random.NextDouble());
                var @case = new CitizenCase(new CaseId(Profile.Index, _casesStarted++), service, ctx.Now);
                foreach (var visit in service.FetchTrips) @case.Visits.Enqueue(visit);
                _open.Add(@case);
                ScheduleNextNeed(ctx);
                ctx.Schedule(new PatienceExpires(@case.Id), Math.Max(1, (long)Math.Round(_patienceMinutes)));
                Proceed(@case, ctx);
                break;
            case ProofIssued issued when Find(issued.Case) is { } fetching:
                fetching.ProofsByCitizen += issued.ProofCount;
                fetching.Cost += issued.Cost;
                Proceed(fetching, ctx);
                break;
            case ProofsRequired required when Find(required.Case) is { } asked:
                for (var f = 0; f < ctx.World.Functions.Count; f++)
                    if ((required.Issuers & (1L << f)) != 0) asked.Visits.Enqueue((f, 1));
                asked.DeliverTo = envelope.From;
                Proceed(asked, ctx);
                break;
            case SubmissionRejected rejected when Find(rejected.Case) is { } turnedAway:
                // The platform is down or the data do not match: to the lead department's counter, by hierarchy.
                turnedAway.Channel = Channel.Counter;
                var lead = ctx.World.Department(Profile.Region, turnedAway.Service.LeadFunction);
                Visit(lead.Id, lead.Hours, new CaseSubmission(turnedAway.Id, turnedAway.Service.Index, Profile.Region, Channel.Counter, Fallback: true), turnedAway, ctx);
                break;
            case CaseCompleted done when Find(done.Case) is { } finished:
                _open.Remove(finished);
                ctx.Record(ToRecord(finished, ctx, ctx.Now, CaseOutcome.Completed, done));
                break;
            case PatienceExpires expired when Find(expired.Case) is { } abandoned:
                _open.Remove(abandoned);
                ctx.Record(ToRecord(abandoned, ctx, ctx.Now, CaseOutcome.Abandoned, null));
                break;
            case ProofIssued or ProofsRequired or SubmissionRejected or CaseCompleted or PatienceExpires:
                break; // about a case the citizen has already given up or finished
            default:
                throw new InvalidOperationException($"Citizen cannot handle {envelope.Body.GetType().Name}.");
        }
    }

    public override void Finish(IAgentContext ctx)
    {
        foreach (var open in _open) ctx.Record(ToRecord(open, ctx, -1, CaseOutcome.Open, null));
        _open.Clear();
    }

    private void ScheduleNextNeed(IAgentContext ctx)
    {
        _nextNeedAt = -1;
        var rate = ctx.World.NeedRatePerMinuteAt(ctx.Now);
        if (rate <= 0) return;
        var wait = ctx.Random.Exponential(1.0 / rate);
        if (wait >= ctx.World.Duration) return; // beyond any run length: no more needs
        var delay = Math.Max(1, (long)Math.Round(wait));
        _nextNeedAt = ctx.Now + delay;
        ctx.Schedule(new NeedArises(), delay);
    }

    /// <summary>Next move on a case: the next trip for papers, then the application or the delivery of the papers.</summary>
    private void Proceed(CitizenCase @case, IAgentContext ctx)
    {
        var world = ctx.World;
        if (@case.Visits.TryDequeue(out var visit))
        {
            var issuer = world.Department(Profile.Region, visit.Issuer);
            Visit(issuer.Id, issuer.Hours, new ProofApplication(@case.Id, visit.Count), @case, ctx);
            return;
        }

        if (@case.DeliverTo is { } asker)
        {
            @case.DeliverTo = null;
            Reach(asker, new ProofsDelivered(@case.Id), @case, ctx);
            return;
        }

        // The application: through the platform (with the mode's platform share), else at the lead department.
        if (ctx.Random.Chance(world.PlatformShare(Profile.Region, @case.Service.Index)))
        {
            @case.Channel = ctx.World.Skilled(Profile, ctx.Now) ? Channel.Online : Channel.Assisted;
            Reach(world.Platform, new CaseSubmission(@case.Id, @case.Service.Index, Profile.Region, @case.Channel, Fallback: false), @case, ctx);
            return;
        }

        var lead = world.Department(Profile.Region, @case.Service.LeadFunction);
        @case.Channel = Channel.Counter;
        Visit(lead.Id, lead.Hours, new CaseSubmission(@case.Id, @case.Service.Index, Profile.Region, Channel.Counter, Fallback: false), @case, ctx);
    }

    /// <summary>Reaches a department (a trip) or the platform (online if skilled, else a trip to its assisted counter).</summary>
    private void Reach(AgentId who, Message message, CitizenCase @case, IAgentContext ctx)
    {
        var world = ctx.World;
        if (who.Kind == AgentKind.Department) Visit(who, world.Department(who).Hours, message, @case, ctx);
        else if (world.Skilled(Profile, ctx.Now)) ctx.Send(who, message, world.MessageDelay);
        else Visit(who, world.Calendar, message, @case, ctx);
    }

    /// <summary>A trip to a counter, timed to arrive when it is open.</summary>
    private static void Visit(AgentId office, OfficeHours hours, Message purpose, CitizenCase @case, IAgentContext ctx)
    {
        var arrival = hours.NextOpen(ctx.Now + ctx.World.TravelTime);
        @case.Trips++;
        ctx.Send(office, purpose, arrival - ctx.Now);
    }

    /// <summary>Counts a message about one of the citizen's cases; false if the case is not open (finished, or never begun).</summary>
    public bool CountMessage(CaseId id)
    {
        if (Find(id) is not { } open) return false;
        open.Messages++;
        return true;
    }

    private CitizenCase? Find(CaseId id)
    {
        foreach (var c in _open)
            if (c.Id == id) return c;
        return null;
    }

    private CaseRecord ToRecord(CitizenCase c, IAgentContext ctx, long finishedAt, CaseOutcome outcome, CaseCompleted? done)
    {
        var deadline = ctx.World.Calendar.DeadlineAfter(c.SubmittedAt, c.Service.DeadlineDays);
        return new CaseRecord(
            c.Id, c.Service.Index, Profile.Region, c.SubmittedAt, finishedAt, deadline, outcome, c.Channel,
            c.Trips, c.ProofsByCitizen, c.Messages,
            done?.Escalations ?? 0, done?.Interventions ?? 0, done?.Rework ?? 0, (done?.Cost ?? 0) + c.Cost,
            done is null ? 0 : Satisfaction(ctx.World.Spec.Population.Satisfaction, finishedAt - c.SubmittedAt, deadline - c.SubmittedAt, c.Trips),
            done?.ByAdministrative ?? 0, done?.ByMarket ?? 0, done?.ByNetwork ?? 0, done?.ByPlatform ?? 0, done?.Fallback ?? false);
    }

    /// <summary>好差评: latency judged against the statutory deadline, and every trip costs.</summary>
    public static double Satisfaction(SatisfactionSpec s, long latency, long deadlineSpan, int trips)
    {
        var late = Math.Max(0, (double)latency / Math.Max(1, deadlineSpan) - s.Expectation);
        return Math.Clamp(1 - s.LatencyWeight * late - s.TripWeight * trips, 0, 1);
    }
}
