using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

/// <summary>
/// The Orleans host's algorithm without Orleans: partitions stepped in rounds by the partition scheduler, in a
/// scrambled order each round, their messages handed over in scrambled order. It must reproduce the reference host
/// exactly, for every partitioning.
/// </summary>
public static class PartitionHost
{
    public static RunRecords Run(World world, Partitioning partitioning, int scrambleSeed = 0)
    {
        var count = partitioning.PartitionsOf(world);
        int PartitionOf(AgentId id) => partitioning.Of(id, world);
        var partitions = Enumerable.Range(0, count).Select(p => new Partition(world, id => PartitionOf(id) == p)).ToArray();
        var scheduler = new PartitionScheduler(count, world.Delays.MinDelay, world.Duration);
        var scramble = new Random(scrambleSeed);

        for (var p = 0; p < count; p++) scheduler.Accept(p, partitions[p].Start(), PartitionOf);
        while (scheduler.NextRound(world.Duration) is { } round)
            foreach (var step in round.Steps.OrderBy(_ => scramble.Next()))
                scheduler.Accept(step.Partition, partitions[step.Partition].Step(step.Horizon, step.Incoming.OrderBy(_ => scramble.Next())), PartitionOf);

        var collector = new DataCollector();
        foreach (var p in Enumerable.Range(0, count).OrderBy(_ => scramble.Next())) collector.Absorb(partitions[p].Finish(world.Duration));
        return collector.Build();
    }
}
