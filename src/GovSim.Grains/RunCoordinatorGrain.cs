using Orleans.Concurrency;
using GovSim.Grains.Interfaces;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Grains;

/// <summary>
/// Advances one run in rounds: each round steps, in parallel, every agent with something due, passing each one its
/// messages for the round in a single call, and waits for all of them (the barrier) before routing what they sent.
/// Results cannot depend on which call returns first: each agent orders its own events canonically and the
/// collector sorts its output.
/// </summary>
public sealed class RunCoordinatorGrain(WorldCache worlds) : Grain, IRunCoordinatorGrain
{
    private World? _world;
    private RunSpec? _spec;
    private RoundScheduler? _scheduler;
    private DataCollector? _collector;
    private IAgentGrain[] _leaders = [];
    private IAgentGrain[] _departments = [];
    private IAgentGrain[] _citizens = [];
    private IAgentGrain[] _platforms = [];
    private IAgentGrain[] _agencies = [];
    private long _reached;

    public async Task<SimProgress> Start(RunSpec spec)
    {
        _spec = spec;
        _world = worlds.Get(spec);
        _scheduler = new RoundScheduler(_world.Delays, _world.Duration);
        _collector = new DataCollector();
        _leaders = Refs<ILeaderGrain>(_world.LeaderCount);
        _departments = Refs<IDepartmentGrain>(_world.Departments.Count);
        _citizens = Refs<ICitizenGrain>(_world.Citizens.Count);
        _platforms = Refs<IPlatformGrain>(1);
        _agencies = Refs<IAgencyGrain>(_world.Agencies.Count);

        var ids = _world.AllAgents().ToArray();
        var outputs = await Task.WhenAll(ids.Select(id => Grain(id).Start(spec)));
        for (var i = 0; i < ids.Length; i++) Absorb(ids[i], outputs[i]);
        return Progress();
    }

    public async Task<SimProgress> Advance(long untilTick)
    {
        var scheduler = _scheduler ?? throw new InvalidOperationException("The run was not started.");
        while (scheduler.NextRound(untilTick) is { } round)
        {
            var steps = round.Steps;
            var calls = new Task<StepOutput>[steps.Length];
            for (var i = 0; i < steps.Length; i++)
                calls[i] = Grain(steps[i].Agent).Step(steps[i].End, new Immutable<Envelope[]>(steps[i].Incoming.ToArray()));
            var outputs = await Task.WhenAll(calls);
            for (var i = 0; i < steps.Length; i++) Absorb(steps[i].Agent, outputs[i]);
            _reached = round.Start;
        }

        _reached = Math.Max(_reached, Math.Min(untilTick, _world!.Duration));
        return Progress();
    }

    public async Task<RunRecords> Finish()
    {
        var world = _world ?? throw new InvalidOperationException("The run was not started.");
        var ids = world.AllAgents().ToArray();
        var outputs = await Task.WhenAll(ids.Select(id => Grain(id).Finish(world.Duration)));
        for (var i = 0; i < ids.Length; i++) Absorb(ids[i], outputs[i]);
        var records = _collector!.Build();
        DeactivateOnIdle();
        return records;
    }

    private void Absorb(AgentId agent, StepOutput output)
    {
        foreach (var e in output.Outgoing) _collector!.OnSend(e);
        foreach (var r in output.Records) _collector!.OnRecord(r);
        _collector!.OnEvents(output.Events);
        _scheduler!.Accept(agent, output);
    }

    private SimProgress Progress() => new(_reached, _collector!.EventsProcessed);

    private IAgentGrain Grain(AgentId id) => id.Kind switch
    {
        AgentKind.Leader => _leaders[id.Index],
        AgentKind.Department => _departments[id.Index],
        AgentKind.Citizen => _citizens[id.Index],
        AgentKind.Platform => _platforms[id.Index],
        AgentKind.Agency => _agencies[id.Index],
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown agent kind."),
    };

    private IAgentGrain[] Refs<T>(int count) where T : IAgentGrain =>
        Enumerable.Range(0, count).Select(i => (IAgentGrain)GrainFactory.GetGrain<T>($"{_spec!.RunKey}/{i}")).ToArray();
}
