using Orleans.Concurrency;
using GovSim.Grains.Interfaces;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Grains;

/// <summary>A thin host: the partition's event loop and its agents are the model's (<see cref="Partition"/>).</summary>
[Placement.RunPlacement]
public sealed class PartitionGrain(WorldCache worlds) : Grain, IPartitionGrain
{
    private Partition? _partition;

    public Task<PartitionStep> Start(RunSpec spec)
    {
        var world = worlds.Get(spec);
        var key = this.GetPrimaryKeyString();
        var index = int.Parse(key.AsSpan(key.LastIndexOf("/p", StringComparison.Ordinal) + 2));
        _partition = new Partition(world, id => spec.Partitioning.Of(id, world) == index);
        return Task.FromResult(_partition.Start());
    }

    public Task<PartitionStep> Step(long horizon, Immutable<Envelope[]> incoming, Immutable<MessageNote[]> notes) =>
        Task.FromResult(Current.Step(horizon, incoming.Value, notes.Value));

    public Task<AgentSnapshot?> Inspect(AgentId agent, long now) => Task.FromResult(Current.Inspect(agent, now));

    public Task<AgentSnapshot[]> InspectMany(AgentId[] agents, long now) =>
        Task.FromResult(agents.Select(a => Current.Inspect(a, now) ?? throw new InvalidOperationException($"{a} is not in this partition.")).ToArray());

    public Task<PartitionEnd> Finish(long end, Immutable<MessageNote[]> notes)
    {
        var records = Current.Finish(end, notes.Value);
        _partition = null;
        DeactivateOnIdle();
        return Task.FromResult(records);
    }

    private Partition Current => _partition ?? throw new InvalidOperationException($"Grain {this.GetPrimaryKeyString()} was not started.");
}
