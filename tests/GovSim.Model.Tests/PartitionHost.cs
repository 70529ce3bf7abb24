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
    private static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }

    public static RunRecords Run(World world, Partitioning partitioning, int scrambleSeed = 0)
    {
        var count = partitioning.PartitionsOf(world);
        int PartitionOf(AgentId id) => partitioning.Of(id, world);
        var partitions = Enumerable.Range(0, count).Select(p => new Partition(world, id => PartitionOf(id) == p)).ToArray();
        var scheduler = new PartitionScheduler(count, world.Delays.MinDelay, world.Duration);
        var scramble = new Random(scrambleSeed);

        var order = new ResultOrder();
        var collector = new DataCollector();
        void Accept(int p, PartitionStep step)
        {
            order.Add(step.Released);
            scheduler.Accept(p, step, PartitionOf);
        }

        for (var p = 0; p < count; p++) Accept(p, partitions[p].Start());
        while (scheduler.NextRound(world.Duration) is { } round)
        {
            foreach (var step in round.Steps.OrderBy(_ => scramble.Next()))
                Accept(step.Partition, partitions[step.Partition].Step(step.Horizon, step.Incoming.OrderBy(_ => scramble.Next()),
                    step.Notes.OrderBy(_ => scramble.Next())));
            collector.Write(order.Release(scheduler.ReleasedBefore));
        }

        var ends = Enumerable.Range(0, count).OrderBy(_ => scramble.Next())
            .Select(p => partitions[p].Finish(world.Duration, scheduler.TakeNotes(p)).Also(end => order.Add(end.Released)))
            .ToArray();
        collector.Write(order.Release(SimTime.Never));
        return collector.Build(RunTotals.Sum(ends.Select(e => e.Totals)));
    }
}
