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
    public RunRecords Run(World world, Action<SimProgress>? progress = null, CancellationToken cancel = default)
    {
        var partition = new Partition(world, _ => true);
        partition.Start();
        progress?.Invoke(new SimProgress(0, 0)); // the run starts: rates are measured from here
        // In slices: one horizon at the end would give the same events in the same order, but a loop that never
        // returns is never recompiled by the JIT's optimising tier.
        var slice = world.ProgressSlice;
        long events = 0;
        for (var horizon = slice; ; horizon += slice)
        {
            var until = Math.Min(horizon, world.Duration + 1);
            cancel.ThrowIfCancellationRequested();
            var done = events;
            events += partition.Step(until, [], (tick, n) => progress?.Invoke(new SimProgress(tick, done + n)), cancel).Events;
            if (until > world.Duration) break;
            progress?.Invoke(new SimProgress(until, events));
        }

        var collector = new DataCollector();
        collector.Absorb(partition.Finish(world.Duration));
        progress?.Invoke(new SimProgress(world.Duration, events));
        return collector.Build();
    }
}
