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
        var step = partition.Step(world.Duration + 1, [], (tick, events) => progress?.Invoke(new SimProgress(tick, events)), cancel);
        var collector = new DataCollector();
        collector.Absorb(partition.Finish(world.Duration));
        progress?.Invoke(new SimProgress(world.Duration, step.Events));
        return collector.Build();
    }
}
