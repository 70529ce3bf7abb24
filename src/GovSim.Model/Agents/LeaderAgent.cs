using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// A leader (领导): takes up escalated coordination items in office hours, at most its attention per working day —
/// attention_per_day × (1 + attention_push_gain × push), since a pushing leader makes coordination a priority of its
/// own time; the rest wait in a queue for the next day. Each item taken up becomes a directive to the working
/// department after the response delay (shorter when leaders work through the platform). Limited attention is what
/// makes hierarchy saturate under load. A regional leader may be replaced (turnover), which tells the region's
/// departments that the digitalisation pushed by the last leader lapses.
/// </summary>
public sealed class LeaderAgent : Agent
{
    private readonly Queue<Escalation> _waiting = new();
    private int _attention;
    private readonly int _index;
    private readonly long _responseDelay;
    private readonly int _region; // -1 for the leader above the regions
    private long _day = -1;
    private int _takenToday;
    private bool _wakeScheduled;
    private long _interventions;
    private long _turnovers;

    public LeaderAgent(int index, World world) : base(AgentId.Leader(index))
    {
        _index = index;
        _attention = AttentionAt(world, 0);
        _responseDelay = world.Spec.Platform.LeaderChannel ? world.Spec.Platform.LeaderResponseMinutes : world.LeaderSpecOf(index).ResponseDelayMinutes;
        _region = index < world.Regions.Count ? index : -1;
    }

    /// <summary>Items this leader can take up per working day.</summary>
    public int Attention => _attention;

    /// <summary>Attention grows with push: items per day = attention_per_day x (1 + gain x push).</summary>
    private int AttentionAt(World world, long tick) => (int)Math.Round(
        world.LeaderSpecOf(_index).AttentionPerDay * (1 + world.Spec.Leaders.AttentionPushGain * world.PushOfLeader(_index, tick)),
        MidpointRounding.AwayFromZero);

    public override void Start(IAgentContext ctx)
    {
        ctx.Schedule(new DayEnd(), SimTime.MinutesPerDay);
        if (_region >= 0 && ctx.World.Spec.Leaders.TurnoverPerYear > 0) ScheduleTurnover(ctx);
        foreach (var tick in ctx.World.Changes.PushChanges)
            if (tick > 0) ctx.Schedule(new PushChanged(), tick);
    }

    public override void Handle(Envelope envelope, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case Escalation e:
                _waiting.Enqueue(e);
                TakeUp(ctx);
                break;
            case Opening:
                _wakeScheduled = false;
                TakeUp(ctx);
                break;
            case DayEnd:
                ctx.Record(new Indicator(SimTime.DayOf(ctx.Now) - 1, Id, "backlog", _waiting.Count));
                ctx.Schedule(new DayEnd(), SimTime.MinutesPerDay);
                break;
            case PushChanged:
                _attention = AttentionAt(ctx.World, ctx.Now);
                break;
            case LeaderTurnover:
                _turnovers++;
                foreach (var department in ctx.World.Departments)
                    if (department.Region == _region) ctx.Send(department.Id, new LeaderChanged(), ctx.World.MessageDelay);
                ScheduleTurnover(ctx);
                break;
            default:
                throw new InvalidOperationException($"Leader cannot handle {envelope.Body.GetType().Name}.");
        }
    }

    public override AgentSnapshot Snapshot(long now) => new(Id, now, 0, 0, _waiting.Count, 0, false);

    public override void Finish(IAgentContext ctx)
    {
        ctx.Record(new Counter("leader_interventions", _interventions));
        ctx.Record(new Counter("leader_turnovers", _turnovers));
    }

    private void TakeUp(IAgentContext ctx)
    {
        var calendar = ctx.World.Calendar;
        if (!calendar.IsOpen(ctx.Now))
        {
            WakeAt(calendar.NextOpen(ctx.Now), ctx);
            return;
        }

        var today = SimTime.DayOf(ctx.Now);
        if (today != _day)
        {
            _day = today;
            _takenToday = 0;
        }

        while (_takenToday < _attention && _waiting.Count > 0)
        {
            var item = _waiting.Dequeue();
            _takenToday++;
            _interventions++;
            var directive = new Directive(item.Case, item.Service, item.Step, item.Requester, Priority: 1, item.Bump);
            ctx.Send(item.Target, directive, _responseDelay + ctx.World.MessageDelay);
        }

        if (_waiting.Count > 0) WakeAt(calendar.NextOpen(SimTime.StartOfDay(today + 1)), ctx);
    }

    private void WakeAt(long tick, IAgentContext ctx)
    {
        if (_wakeScheduled) return;
        _wakeScheduled = true;
        ctx.Schedule(new Opening(), tick - ctx.Now);
    }

    private void ScheduleTurnover(IAgentContext ctx)
    {
        var wait = ctx.Random.Exponential(365.0 * SimTime.MinutesPerDay / ctx.World.Spec.Leaders.TurnoverPerYear);
        if (wait >= ctx.World.Duration) return;
        ctx.Schedule(new LeaderTurnover(), Math.Max(1, (long)Math.Round(wait)));
    }
}
