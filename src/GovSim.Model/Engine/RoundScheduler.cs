namespace GovSim.Model.Engine;

/// <summary>
/// The run coordinator's book-keeping for hosts that advance in rounds: messages in flight and each agent's next
/// timer. A round starts at the earliest thing due (empty time is skipped) and spans the lookahead; every agent with
/// something due in it is stepped once, with its messages for the round batched into one call.
/// </summary>
public sealed class RoundScheduler(long lookahead, long end)
{
    private readonly PriorityQueue<Envelope, EventOrder> _inFlight = new();
    private readonly PriorityQueue<AgentId, long> _wakes = new();

    /// <summary>Earliest tick at which anything is due, or <see cref="SimTime.Never"/>.</summary>
    public long NextTime
    {
        get
        {
            var t = SimTime.Never;
            if (_inFlight.TryPeek(out var e, out _)) t = e.DeliverAt;
            if (_wakes.TryPeek(out _, out var w)) t = Math.Min(t, w);
            return t;
        }
    }

    public void Accept(AgentId from, StepOutput output)
    {
        foreach (var e in output.Outgoing) _inFlight.Enqueue(e, EventOrder.Of(e));
        if (output.NextWake != SimTime.Never) _wakes.Enqueue(from, output.NextWake);
    }

    /// <summary>
    /// The next round, if it starts no later than <paramref name="limit"/> and the run's end: its end tick and, per
    /// agent to step (in id order), the messages it receives.
    /// </summary>
    public Round? NextRound(long limit)
    {
        var start = NextTime;
        if (start > Math.Min(limit, end)) return null;
        var roundEnd = Math.Min(start + lookahead, end + 1);
        var batches = new SortedDictionary<AgentId, List<Envelope>>();
        while (_inFlight.TryPeek(out var e, out _) && e.DeliverAt < roundEnd)
        {
            _inFlight.Dequeue();
            if (!batches.TryGetValue(e.To, out var list)) batches[e.To] = list = [];
            list.Add(e);
        }

        while (_wakes.TryPeek(out var agent, out var w) && w < roundEnd)
        {
            _wakes.Dequeue();
            if (!batches.ContainsKey(agent)) batches[agent] = [];
        }

        return new Round(start, roundEnd, batches);
    }
}

public sealed record Round(long Start, long End, SortedDictionary<AgentId, List<Envelope>> Batches);
