using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// A citizen (群众): needs services as a Poisson process, fetches the proofs the service requires from their issuers
/// (one trip per issuer), submits the application at the lead department's counter (one more trip) and records the
/// case when the lead department reports it done.
/// </summary>
public sealed class CitizenAgent(CitizenProfile profile) : Agent(AgentId.Citizen(profile.Index))
{
    private readonly List<CitizenCase> _open = [];
    private int _casesStarted;

    public CitizenProfile Profile { get; } = profile;

    public override void Start(IAgentContext ctx) => ScheduleNextNeed(ctx);

    public override void Handle(Envelope envelope, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case NeedArises:
                var service = ctx.World.PickService(ctx.Random.NextDouble());
                var @case = new CitizenCase(new CaseId(Profile.Index, _casesStarted++), service, ctx.Now);
                _open.Add(@case);
                ScheduleNextNeed(ctx);
                Proceed(@case, ctx);
                break;
            case ProofIssued issued:
                var fetching = Find(issued.Case);
                fetching.ProofsByCitizen += issued.ProofCount;
                fetching.NextFetchTrip++;
                Proceed(fetching, ctx);
                break;
            case CaseCompleted done:
                var finished = Find(done.Case);
                _open.Remove(finished);
                ctx.Record(ToRecord(finished, ctx, ctx.Now, CaseOutcome.Completed, done));
                break;
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
        if (ctx.World.NeedRatePerMinute <= 0) return;
        var wait = ctx.Random.Exponential(1.0 / ctx.World.NeedRatePerMinute);
        if (wait >= ctx.World.Duration) return; // beyond any run length: no more needs
        ctx.Schedule(new NeedArises(), Math.Max(1, (long)Math.Round(wait)));
    }

    /// <summary>Next move on a case: the next proof-fetching trip, or the trip to hand in the application.</summary>
    private void Proceed(CitizenCase @case, IAgentContext ctx)
    {
        var world = ctx.World;
        var trips = @case.Service.FetchTrips;
        if (@case.NextFetchTrip < trips.Length)
        {
            var (issuer, count) = trips[@case.NextFetchTrip];
            Visit(world.Department(Profile.Region, issuer), new ProofApplication(@case.Id, count), @case, ctx);
            return;
        }

        var lead = world.Department(Profile.Region, @case.Service.StepFunctions[0]);
        Visit(lead, new CaseSubmission(@case.Id, @case.Service.Index, Profile.Region), @case, ctx);
    }

    /// <summary>A trip to a counter, timed to arrive when the office is open.</summary>
    private static void Visit(DepartmentInfo office, Message purpose, CitizenCase @case, IAgentContext ctx)
    {
        var arrival = office.Hours.NextOpen(ctx.Now + ctx.World.TravelTime);
        @case.Trips++;
        ctx.Send(office.Id, purpose, arrival - ctx.Now);
    }

    private CitizenCase Find(CaseId id)
    {
        foreach (var c in _open)
            if (c.Id == id) return c;
        throw new InvalidOperationException($"Citizen {Profile.Index} has no open case {id}.");
    }

    private CaseRecord ToRecord(CitizenCase c, IAgentContext ctx, long finishedAt, CaseOutcome outcome, CaseCompleted? done) => new(
        c.Id,
        c.Service.Index,
        Profile.Region,
        c.SubmittedAt,
        finishedAt,
        ctx.World.Calendar.DeadlineAfter(c.SubmittedAt, c.Service.DeadlineDays),
        outcome,
        c.Trips,
        c.ProofsByCitizen,
        done?.Escalations ?? 0,
        done?.Interventions ?? 0,
        done?.Rework ?? 0,
        done?.Cost ?? 0,
        Satisfaction: 0);
}
