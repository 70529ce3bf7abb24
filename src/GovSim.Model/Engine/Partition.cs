using GovSim.Model.Agents;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Engine;

/// <summary>
/// A kernel process: some of a run's agents and one local event loop over them — the reference host's loop, bounded
/// by a safe horizon. Messages between its own agents never leave it; messages to other partitions are handed back
/// from each step. An agent whose start-up schedules and records nothing, and whose end of run would record nothing
/// either (a citizen with no need during the run), is inert: it is not kept, costs only its profile, and is rebuilt —
/// the same, since start-up is deterministic — if a message ever reaches it. Results and message counts are collected
/// here and handed over once, at the end.
/// </summary>
public sealed class Partition
{
    private readonly World _world;
    private readonly Func<AgentId, bool> _mine;
    private readonly Dictionary<AgentId, AgentCell> _cells = []; // looked up by id only, never iterated for results
    private readonly PriorityQueue<Envelope, EventOrder> _queue = new();
    private readonly List<Envelope> _outgoing = [];
    private readonly DataCollector _collector = new();

    public Partition(World world, Func<AgentId, bool> mine)
    {
        _world = world;
        _mine = mine;
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
    /// everything its own agents schedule for each other meanwhile.
    /// </summary>
    public PartitionStep Step(long horizon, IEnumerable<Envelope> incoming, Action<long, long>? progress = null, CancellationToken cancel = default)
    {
        foreach (var e in incoming) _queue.Enqueue(e, EventOrder.Of(e));
        long events = 0;
        while (_queue.TryPeek(out var next, out _) && next.DeliverAt < horizon)
        {
            _queue.Dequeue();
            var cell = CellOf(next.To);
            cell.Deliver(next);
            Drain(cell);
            if (++events % ProgressEvery == 0)
            {
                cancel.ThrowIfCancellationRequested();
                progress?.Invoke(next.DeliverAt, events);
            }
        }

        _collector.OnEvents(events);
        return Output(events);
    }

    /// <summary>Ends the run for every agent of the partition and hands over what was collected.</summary>
    public CollectedRecords Finish(long end)
    {
        // Inert agents were ended at start-up, without a trace; the others end now, in canonical order.
        foreach (var id in _cells.Keys.Order().ToArray())
        {
            var cell = _cells[id];
            cell.Finish(end);
            Drain(cell);
            _cells.Remove(id);
        }

        _outgoing.Clear(); // nothing is delivered after the end
        return _collector.Snapshot();
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
        foreach (var e in cell.Outbox)
        {
            _collector.OnSend(e);
            if (_mine(e.To)) _queue.Enqueue(e, EventOrder.Of(e));
            else _outgoing.Add(e);
        }

        cell.Outbox.Clear();
        foreach (var r in cell.Records) _collector.OnRecord(r);
        cell.Records.Clear();
    }

    private PartitionStep Output(long events)
    {
        var step = new PartitionStep(_outgoing.ToArray(), _queue.TryPeek(out var next, out _) ? next.DeliverAt : SimTime.Never, events);
        _outgoing.Clear();
        return step;
    }
}

/// <summary>What a partition hands back from a step: messages for other partitions, its next event time, events handled.</summary>
[GenerateSerializer, Immutable, Alias("govsim.partition-step")]
public sealed record PartitionStep(Envelope[] Outgoing, long NextEvent, long Events);
