using Orleans.Concurrency;
using GovSim.Grains.Interfaces;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Grains;

/// <summary>
/// Advances one run in rounds: each round steps, in parallel, every partition with something due before its safe
/// horizon, passing each the messages in flight to it in one call, and waits for all of them (the barrier) before
/// routing what crossed partitions. It handles no agent's events itself. Results cannot depend on which call returns
/// first: every agent orders its own events canonically, and records leave in canonical order once every partition
/// has released all records made before them (<see cref="ResultOrder"/>).
/// </summary>
[Placement.RunPlacement]
public sealed class RunCoordinatorGrain(WorldCache worlds) : Grain, IRunCoordinatorGrain
{
    private World? _world;
    private RunSpec? _spec;
    private PartitionScheduler? _scheduler;
    private IPartitionGrain[] _partitions = [];
    private readonly ResultOrder _order = new();
    private long _reached;
    private long _events;

    public async Task<RunSlice> Start(RunSpec spec)
    {
        _spec = spec;
        _world = worlds.Get(spec);
        var count = spec.Partitioning.PartitionsOf(_world);
        _scheduler = new PartitionScheduler(count, _world.Delays.MinDelay, _world.Duration);
        _partitions = Enumerable.Range(0, count).Select(p => GrainFactory.GetGrain<IPartitionGrain>($"{spec.RunKey}/p{p}")).ToArray();
        var outputs = await Task.WhenAll(_partitions.Select(p => p.Start(spec)));
        for (var p = 0; p < count; p++) Absorb(p, outputs[p]);
        return Slice();
    }

    public async Task<RunSlice> Advance(long untilTick)
    {
        var scheduler = _scheduler ?? throw new InvalidOperationException("The run was not started.");
        while (scheduler.NextRound(untilTick) is { } round)
        {
            var steps = round.Steps;
            var calls = new Task<PartitionStep>[steps.Length];
            for (var i = 0; i < steps.Length; i++)
                calls[i] = _partitions[steps[i].Partition].Step(steps[i].Horizon, new Immutable<Envelope[]>(steps[i].Incoming),
                    new Immutable<MessageNote[]>(steps[i].Notes));
            var outputs = await Task.WhenAll(calls);
            for (var i = 0; i < steps.Length; i++) Absorb(steps[i].Partition, outputs[i]);
            _reached = round.Start;
        }

        _reached = Math.Max(_reached, Math.Min(untilTick, _world!.Duration));
        return Slice();
    }

    public async Task<AgentSnapshot> Inspect(AgentId agent)
    {
        var world = _world ?? throw new InvalidOperationException("The run was not started.");
        var snapshot = await _partitions[_spec!.Partitioning.Of(agent, world)].Inspect(agent, _reached);
        return snapshot ?? throw new InvalidOperationException($"{agent} is not an agent of this run.");
    }

    public async Task<AgentSnapshot[]> InspectMany(AgentId[] agents)
    {
        var world = _world ?? throw new InvalidOperationException("The run was not started.");
        var byPartition = agents.Select((a, i) => (Agent: a, Index: i)).GroupBy(x => _spec!.Partitioning.Of(x.Agent, world)).ToList();
        var answers = await Task.WhenAll(byPartition.Select(g => _partitions[g.Key].InspectMany(g.Select(x => x.Agent).ToArray(), _reached)));
        var result = new AgentSnapshot[agents.Length];
        for (var p = 0; p < byPartition.Count; p++)
        {
            var members = byPartition[p].ToList();
            for (var k = 0; k < members.Count; k++) result[members[k].Index] = answers[p][k];
        }

        return result;
    }

    public async Task<RunEnd> Finish()
    {
        var world = _world ?? throw new InvalidOperationException("The run was not started.");
        var scheduler = _scheduler!;
        var parts = await Task.WhenAll(_partitions.Select((p, i) => p.Finish(world.Duration, new Immutable<MessageNote[]>(scheduler.TakeNotes(i)))));
        foreach (var part in parts) _order.Add(part.Released);
        DeactivateOnIdle();
        return new RunEnd(_order.Release(SimTime.Never), RunTotals.Sum(parts.Select(p => p.Totals)));
    }

    private void Absorb(int partition, PartitionStep step)
    {
        _events += step.Events;
        _order.Add(step.Released);
        _scheduler!.Accept(partition, step, id => _spec!.Partitioning.Of(id, _world!));
    }

    private RunSlice Slice() => new(new SimProgress(_reached, _events), _order.Release(_scheduler!.ReleasedBefore));
}
