using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Reference;

/// <summary>
/// The sequential reference host: every agent in one partition, one thread, one priority queue of events in canonical
/// order, the horizon at the end of the run. It is the oracle every partitioned Orleans run must match byte for
/// byte, and the yardstick of their overhead.
/// </summary>
public sealed class ReferenceHost
{
    /// <summary>Runs <paramref name="world"/> and keeps every record in memory.</summary>
    public RunRecords Run(World world, Action<SimProgress>? progress = null, CancellationToken cancel = default)
    {
        var collector = new DataCollector();
        var totals = Run(world, collector, progress, cancel);
        return collector.Build(totals);
    }

    /// <summary>Runs <paramref name="world"/>, handing records to <paramref name="sink"/> as they become final.</summary>
    public RunTotals Run(World world, IResultSink sink, Action<SimProgress>? progress = null, CancellationToken cancel = default)
    {
        var partition = new Partition(world, _ => true);
        var order = new ResultOrder();
        var step = partition.Start();
        progress?.Invoke(new SimProgress(0, 0)); // the run starts: rates are measured from here
        // In slices: one horizon at the end would give the same events in the same order, but a loop that never
        // returns is never recompiled by the JIT's optimising tier. Records go to the sink after each slice.
        var slice = world.ProgressSlice;
        long events = 0;
        for (var horizon = slice; ; horizon += slice)
        {
            order.Add(step.Released);
            Emit(sink, order.Release(Math.Min(step.NextEvent, step.HeldFrom)));
            var until = Math.Min(horizon, world.Duration + 1);
            cancel.ThrowIfCancellationRequested();
            var done = events;
            step = partition.Step(until, [], null, (tick, n) => progress?.Invoke(new SimProgress(tick, done + n)), cancel);
            events += step.Events;
            if (until > world.Duration) break;
            progress?.Invoke(new SimProgress(until, events));
        }

        order.Add(step.Released);
        var end = partition.Finish(world.Duration);
        order.Add(end.Released);
        Emit(sink, order.Release(SimTime.Never));
        progress?.Invoke(new SimProgress(world.Duration, events));
        return end.Totals;
    }

    private static void Emit(IResultSink sink, ResultBatch batch)
    {
        if (!batch.IsEmpty) sink.Write(batch);
    }
}
