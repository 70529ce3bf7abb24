using GovSim.Model.Scenario;

namespace GovSim.Model.Engine;

/// <summary>
/// Runs one agent a round at a time, for hosts that advance in rounds (the Orleans grains): it keeps the agent's own
/// timers, merges the round's incoming messages with them and handles everything due before the round's end in
/// canonical order. Messages to others cannot be due in the same round, because their delay is at least the lookahead
/// and a round is no wider than that.
/// </summary>
public sealed class AgentRunner
{
    private readonly AgentCell _cell;
    private readonly PriorityQueue<Envelope, EventOrder> _pending = new();
    private readonly List<Envelope> _outgoing = [];

    public AgentRunner(World world, Agent agent) => _cell = new AgentCell(world, agent);

    public AgentId Id => _cell.Self;

    public StepOutput Start()
    {
        _cell.Start();
        Route();
        return Output(0);
    }

    public StepOutput Step(long roundEnd, IReadOnlyList<Envelope> incoming)
    {
        foreach (var e in incoming) _pending.Enqueue(e, EventOrder.Of(e));
        var before = _cell.EventsHandled;
        while (_pending.TryPeek(out var next, out _) && next.DeliverAt < roundEnd)
        {
            _cell.Deliver(_pending.Dequeue());
            Route();
        }

        return Output(_cell.EventsHandled - before);
    }

    public StepOutput Finish(long end)
    {
        _cell.Finish(end);
        Route();
        return Output(0);
    }

    private void Route()
    {
        foreach (var e in _cell.Outbox)
        {
            if (e.To == _cell.Self) _pending.Enqueue(e, EventOrder.Of(e));
            else _outgoing.Add(e);
        }

        _cell.Outbox.Clear();
    }

    private StepOutput Output(long events)
    {
        var output = new StepOutput(
            _outgoing.ToArray(),
            _pending.TryPeek(out var next, out _) ? next.DeliverAt : SimTime.Never,
            _cell.Records.ToArray(),
            events);
        _outgoing.Clear();
        _cell.Records.Clear();
        return output;
    }
}
