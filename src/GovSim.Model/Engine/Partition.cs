using GovSim.Model.Agents;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Engine;

/// <summary>
/// A kernel process: some of a run's agents and one local event loop over them — the reference host's loop, bounded
/// by a safe horizon. Messages between its own agents never leave it; messages to other partitions are handed back
/// from each step. An agent whose start-up schedules and records nothing, and whose end of run would record nothing
/// either (a citizen with no need during the run), is inert: it is not kept, costs only its profile, and is rebuilt —
/// the same, since start-up is deterministic — if a message ever reaches it. Records leave with each step as soon as
/// they are final (a case once no message about it can still arrive: <see cref="CaseMessageTally"/>); counters and
/// totals at the end.
/// </summary>
public sealed class Partition
{
    private readonly World _world;
    private readonly Func<AgentId, bool> _mine;
    private readonly Dictionary<AgentId, AgentCell> _cells = []; // looked up by id only, never iterated for results
    private readonly PriorityQueue<Envelope, EventOrder> _queue = new();
    private readonly List<Envelope> _outgoing = [];
    private readonly List<MessageNote> _notes = [];
    private readonly List<TimedRecord> _released = [];
    private readonly SortedDictionary<string, long> _counters = new(StringComparer.Ordinal);
    private readonly CaseMessageTally _tally;
    private readonly long _lookahead;
    private long _messages;
    private long _events;

    public Partition(World world, Func<AgentId, bool> mine)
    {
        _world = world;
        _mine = mine;
        _lookahead = world.Delays.MinDelay;
        _tally = new CaseMessageTally(c => _cells.TryGetValue(AgentId.Citizen(c.Citizen), out var cell) ? cell.Agent as CitizenAgent : null);
    }

    /// <summary>Agents kept in memory (idle ones are not).</summary>
    public int LiveAgents => _cells.Count;

    /// <summary>Starts every agent of the partition; returns what leaves it and when its next event is due.</summary>
    public PartitionStep Start()
    {
        foreach (var id in _world.AllAgents())
        {
            if (!_mine(id)) continue;
            var cell = new AgentCell(_world, AgentFactory.Create(_world, id));
            cell.Start();
            if (cell.Outbox.Count == 0 && cell.Records.Count == 0)
            {
                // Nothing will happen to it unless a message comes: if ending it now would record nothing as well, it
                // is inert and need not be kept (this throw-away copy is ended, not the agent).
                cell.Finish(_world.Duration);
                if (cell.Outbox.Count == 0 && cell.Records.Count == 0) continue;
                cell = new AgentCell(_world, AgentFactory.Create(_world, id));
                cell.Start();
            }

            _cells.Add(id, cell);
            Drain(cell);
        }

        return Output(0);
    }

    /// <summary>
    /// Handles, in canonical order, every event due before <paramref name="horizon"/>: the incoming messages and
    /// everything its own agents schedule for each other meanwhile. <paramref name="notes"/> are messages about this
    /// partition's cases sent elsewhere.
    /// </summary>
    public PartitionStep Step(long horizon, IEnumerable<Envelope> incoming, IEnumerable<MessageNote>? notes = null,
        Action<long, long>? progress = null, CancellationToken cancel = default)
    {
        foreach (var e in incoming) _queue.Enqueue(e, EventOrder.Of(e));
        if (notes is not null)
            foreach (var n in notes) _tally.Defer(n);
        long events = 0;
        while (_queue.TryPeek(out var next, out _) && next.DeliverAt < horizon)
        {
            _queue.Dequeue();
            _tally.ApplyNotesBefore(next.DeliverAt);
            var cell = CellOf(next.To);
            cell.Deliver(next);
            Drain(cell);
            if (++events % ProgressEvery == 0)
            {
                cancel.ThrowIfCancellationRequested();
                progress?.Invoke(next.DeliverAt, events);
            }
        }

        _tally.ApplyNotesBefore(horizon);
        // Every note sent before horizon - lookahead has reached this partition (the scheduler's horizon rule), so a
        // case that ended before then has its final count.
        _tally.ReleaseBefore(horizon - _lookahead, _released);
        _events += events;
        return Output(events);
    }

    /// <summary>
    /// Ends the run for every agent of the partition, after the last notes about its cases, and hands over what is
    /// left: the remaining records and the partition's totals.
    /// </summary>
    public PartitionEnd Finish(long end, IEnumerable<MessageNote>? notes = null)
    {
        if (notes is not null)
            foreach (var n in notes) _tally.Defer(n);
        _tally.ApplyNotesBefore(SimTime.Never);
        // Inert agents were ended at start-up, without a trace; the others end now, in canonical order.
        foreach (var id in _cells.Keys.Order().ToArray())
        {
            var cell = _cells[id];
            cell.Finish(end);
            Drain(cell);
            _cells.Remove(id);
        }

        _tally.ReleaseBefore(SimTime.Never, _released);
        _outgoing.Clear(); // nothing is delivered after the end
        _notes.Clear();
        var released = _released.ToArray();
        _released.Clear();
        return new PartitionEnd(released, new RunTotals([.. _counters.Select(k => new Counter(k.Key, k.Value))], _messages, _events));
    }

    /// <summary>
    /// What a view may see of one of this partition's agents, as of <paramref name="now"/> (the tick the partition has
    /// reached); an inert agent is shown as it would be rebuilt. Null if the agent is not in this partition.
    /// </summary>
    public AgentSnapshot? Inspect(AgentId id, long now)
    {
        if (!_mine(id)) return null;
        if (_cells.TryGetValue(id, out var cell)) return cell.Agent.Snapshot(now);
        var idle = new AgentCell(_world, AgentFactory.Create(_world, id));
        idle.Start();
        return idle.Agent.Snapshot(now);
    }

    private const int ProgressEvery = 100_000;

    private AgentCell CellOf(AgentId id)
    {
        if (_cells.TryGetValue(id, out var cell)) return cell;
        cell = new AgentCell(_world, AgentFactory.Create(_world, id));
        cell.Start(); // scheduled and recorded nothing the first time, so nothing now
        _cells.Add(id, cell);
        return cell;
    }

    private void Drain(AgentCell cell)
    {
        var now = cell.Now;
        foreach (var e in cell.Outbox)
        {
            if (e.To != e.From)
            {
                // Timers (messages to oneself) are not messages exchanged.
                _messages++;
                if (e.Body is ICaseMessage m)
                {
                    if (_mine(AgentId.Citizen(m.Case.Citizen))) _tally.Count(m.Case, now);
                    else _notes.Add(new MessageNote(m.Case, now));
                }
            }

            if (_mine(e.To)) _queue.Enqueue(e, EventOrder.Of(e));
            else _outgoing.Add(e);
        }

        cell.Outbox.Clear();
        foreach (var r in cell.Records)
        {
            switch (r)
            {
                case CaseRecord c: _tally.Hold(c, now); break;
                case Counter k: _counters[k.Name] = _counters.GetValueOrDefault(k.Name) + k.Value; break;
                default: _released.Add(new TimedRecord(now, r)); break;
            }
        }

        cell.Records.Clear();
    }

    private PartitionStep Output(long events)
    {
        var step = new PartitionStep(
            _outgoing.ToArray(), _notes.ToArray(), _released.ToArray(),
            _queue.TryPeek(out var next, out _) ? next.DeliverAt : SimTime.Never, _tally.HeldFrom, events);
        _outgoing.Clear();
        _notes.Clear();
        _released.Clear();
        return step;
    }
}

/// <summary>
/// What a partition hands back from a step: messages for other partitions, notes of messages about their cases,
/// the records now final, its next event time, the earliest end tick of a case it still holds, events handled.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.partition-step")]
public sealed record PartitionStep(Envelope[] Outgoing, MessageNote[] Notes, TimedRecord[] Released, long NextEvent, long HeldFrom, long Events);

/// <summary>What a partition hands back at the end of the run: its last records and its totals.</summary>
[GenerateSerializer, Immutable, Alias("govsim.partition-end")]
public sealed record PartitionEnd(TimedRecord[] Released, RunTotals Totals);
