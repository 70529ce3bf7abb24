using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Reference;

/// <summary>
/// The sequential reference host: one thread, one priority queue of every event in canonical order, the same agent
/// classes as the Orleans host. It is the oracle the Orleans host must match byte for byte, and the yardstick of its
/// overhead.
/// </summary>
public sealed class ReferenceHost
{
    /// <summary>How often (in events) progress is reported.</summary>
    private const int ProgressEvery = 100_000;

    public RunRecords Run(World world, Action<SimProgress>? progress = null, CancellationToken cancel = default)
    {
        var collector = new DataCollector();
        var queue = new PriorityQueue<Envelope, EventOrder>();
        var cells = world.AllAgents().Select(id => new AgentCell(world, AgentFactory.Create(world, id))).ToArray();
        var byKind = cells.GroupBy(c => c.Self.Kind).ToDictionary(g => g.Key, g => g.ToArray());
        AgentCell CellOf(AgentId id) => byKind[id.Kind][id.Index];

        void Drain(AgentCell cell)
        {
            foreach (var e in cell.Outbox)
            {
                collector.OnSend(e);
                queue.Enqueue(e, EventOrder.Of(e));
            }

            cell.Outbox.Clear();
            foreach (var r in cell.Records) collector.OnRecord(r);
            cell.Records.Clear();
        }

        foreach (var cell in cells)
        {
            cell.Start();
            Drain(cell);
        }

        long events = 0;
        progress?.Invoke(new SimProgress(0, 0)); // the run starts: rates are measured from here
        while (queue.TryPeek(out var next, out _) && next.DeliverAt <= world.Duration)
        {
            queue.Dequeue();
            var cell = CellOf(next.To);
            cell.Deliver(next);
            Drain(cell);
            if (++events % ProgressEvery == 0)
            {
                cancel.ThrowIfCancellationRequested();
                progress?.Invoke(new SimProgress(next.DeliverAt, events));
            }
        }

        foreach (var cell in cells)
        {
            cell.Finish(world.Duration);
            Drain(cell);
        }

        collector.OnEvents(events);
        progress?.Invoke(new SimProgress(world.Duration, events));
        return collector.Build();
    }
}
