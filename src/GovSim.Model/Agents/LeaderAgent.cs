using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// A leader (领导): takes up escalated coordination items in office hours, at most <c>attention_per_day</c> per
/// working day; the rest wait in a queue for the next day. Each item taken up becomes a directive to the working
/// department after the response delay. Limited attention is what makes hierarchy saturate under load.
/// </summary>
public sealed class LeaderAgent(int index, LeaderSpec spec) : Agent(AgentId.Leader(index))
{
    private readonly Queue<Escalation> _waiting = new();
    private long _day = -1;
    private int _takenToday;
    private bool _wakeScheduled;
    private long _interventions;

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
            default:
                throw new InvalidOperationException($"Leader cannot handle {envelope.Body.GetType().Name}.");
        }
    }

    public override void Finish(IAgentContext ctx) => ctx.Record(new Counter("leader_interventions", _interventions));

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

        while (_takenToday < spec.AttentionPerDay && _waiting.Count > 0)
        {
            var item = _waiting.Dequeue();
            _takenToday++;
            _interventions++;
            var directive = new Directive(item.Case, item.Service, item.Step, item.Requester, Priority: 1, item.Bump);
            ctx.Send(item.Target, directive, spec.ResponseDelayMinutes + ctx.World.MessageDelay);
        }

        if (_waiting.Count > 0) WakeAt(calendar.NextOpen(SimTime.StartOfDay(today + 1)), ctx);
    }

    private void WakeAt(long tick, IAgentContext ctx)
    {
        if (_wakeScheduled) return;
        _wakeScheduled = true;
        ctx.Schedule(new Opening(), tick - ctx.Now);
    }
}
