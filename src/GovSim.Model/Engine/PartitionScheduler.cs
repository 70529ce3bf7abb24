namespace GovSim.Model.Engine;

/// <summary>
/// The run coordinator's book-keeping for partitions advanced in rounds (conservative synchronisation with a
/// barrier): each partition's next event time and the messages in flight to it. In a round, partition p may safely
/// handle everything due before its horizon: the least of (q's next event + the lookahead) over the other partitions
/// q, and (p's own next event + twice the lookahead) — the earliest a message p sends could come back to it through
/// another partition — where the lookahead is the least delay of any message between two agents. Nothing can then
/// arrive behind its back. With one partition the horizon is the end of the run: the reference host.
/// </summary>
public sealed class PartitionScheduler
{
    private readonly long _lookahead;
    private readonly long _end;
    private readonly long[] _own;
    private readonly List<Envelope>[] _inFlight;
    private readonly long[] _inFlightMin;
    private readonly List<MessageNote>[] _notes;
    private readonly long[] _heldFrom;

    public PartitionScheduler(int partitions, long lookahead, long end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lookahead, 1);
        _lookahead = lookahead;
        _end = end;
        _own = Enumerable.Repeat(SimTime.Never, partitions).ToArray();
        _inFlight = Enumerable.Range(0, partitions).Select(_ => new List<Envelope>()).ToArray();
        _inFlightMin = Enumerable.Repeat(SimTime.Never, partitions).ToArray();
        _notes = Enumerable.Range(0, partitions).Select(_ => new List<MessageNote>()).ToArray();
        _heldFrom = Enumerable.Repeat(SimTime.Never, partitions).ToArray();
    }

    public int Partitions => _own.Length;

    /// <summary>
    /// Takes a partition's step: its next event, its messages routed by <paramref name="partitionOf"/>, and its notes
    /// of messages about cases, routed to the partition of each case's citizen.
    /// </summary>
    public void Accept(int partition, PartitionStep step, Func<AgentId, int> partitionOf)
    {
        _own[partition] = step.NextEvent;
        _heldFrom[partition] = step.HeldFrom;
        foreach (var n in step.Notes) _notes[partitionOf(AgentId.Citizen(n.Case.Citizen))].Add(n);
        foreach (var e in step.Outgoing)
        {
            var to = partitionOf(e.To);
            _inFlight[to].Add(e);
            _inFlightMin[to] = Math.Min(_inFlightMin[to], e.DeliverAt);
        }
    }

    /// <summary>Earliest tick at which anything is due, or <see cref="SimTime.Never"/>.</summary>
    public long NextTime
    {
        get
        {
            var t = SimTime.Never;
            for (var p = 0; p < _own.Length; p++) t = Math.Min(t, Next(p));
            return t;
        }
    }

    /// <summary>
    /// Every record made before this tick has been released by its partition: nothing still to come can be earlier
    /// than the next event anywhere, and the cases partitions still hold ended no earlier than they report.
    /// </summary>
    public long ReleasedBefore
    {
        get
        {
            var t = NextTime;
            foreach (var held in _heldFrom) t = Math.Min(t, held);
            return t;
        }
    }

    /// <summary>The notes still on their way to <paramref name="partition"/>, for its end of run.</summary>
    public MessageNote[] TakeNotes(int partition)
    {
        var notes = _notes[partition].ToArray();
        _notes[partition].Clear();
        return notes;
    }

    /// <summary>
    /// The next round, if anything is due no later than <paramref name="limit"/> and the run's end: the partitions to
    /// step, each with its horizon and the messages in flight to it (all of them; it queues the later ones).
    /// </summary>
    public PartitionRound? NextRound(long limit)
    {
        var cap = Math.Min(limit, _end);
        var start = NextTime;
        if (start > cap) return null;

        // The two smallest next-event times, so each partition's horizon excludes only itself.
        long first = SimTime.Never, second = SimTime.Never;
        var firstAt = -1;
        for (var p = 0; p < _own.Length; p++)
        {
            var t = Next(p);
            if (t < first)
            {
                second = first;
                first = t;
                firstAt = p;
            }
            else if (t < second)
            {
                second = t;
            }
        }

        var steps = new List<PartitionRoundStep>();
        for (var p = 0; p < _own.Length; p++)
        {
            var others = p == firstAt ? second : first;
            var horizon = others == SimTime.Never ? cap + 1 : Math.Min(cap + 1, others + _lookahead);
            if (_own.Length > 1 && Next(p) != SimTime.Never) horizon = Math.Min(horizon, Next(p) + 2 * _lookahead); // a round trip
            if (Next(p) >= horizon) continue;
            steps.Add(new PartitionRoundStep(p, horizon, [.. _inFlight[p]], TakeNotes(p)));
            _inFlight[p].Clear();
            _inFlightMin[p] = SimTime.Never;
            _own[p] = SimTime.Never; // known again when the step comes back
        }

        return new PartitionRound(start, [.. steps]);
    }

    private long Next(int p) => Math.Min(_own[p], _inFlightMin[p]);
}

/// <summary>One round: the tick it started at and the partitions to step.</summary>
public sealed record PartitionRound(long Start, PartitionRoundStep[] Steps);

/// <summary>Step partition <paramref name="Partition"/> through every event before <paramref name="Horizon"/>, with these messages and notes.</summary>
public sealed record PartitionRoundStep(int Partition, long Horizon, Envelope[] Incoming, MessageNote[] Notes);
