using Orleans.Concurrency;
using GovSim.Grains.Interfaces;
using GovSim.Model.Agents;
using GovSim.Model.Engine;

namespace GovSim.Grains;

/// <summary>A thin host: all behaviour is in the model's agent, run a round at a time by an <see cref="AgentRunner"/>.</summary>
public abstract class AgentGrain(WorldCache worlds, AgentKind kind) : Grain, IAgentGrain
{
    private AgentRunner? _runner;

    public Task<StepOutput> Start(RunSpec spec)
    {
        var world = worlds.Get(spec);
        var key = this.GetPrimaryKeyString();
        var index = int.Parse(key.AsSpan(key.LastIndexOf('/') + 1));
        _runner = new AgentRunner(world, AgentFactory.Create(world, new AgentId(kind, index)));
        return Task.FromResult(_runner.Start());
    }

    public Task<StepOutput> Step(long roundEnd, Immutable<Envelope[]> incoming) =>
        Task.FromResult(Runner.Step(roundEnd, incoming.Value));

    public Task<StepOutput> Finish(long end)
    {
        var output = Runner.Finish(end);
        _runner = null;
        DeactivateOnIdle();
        return Task.FromResult(output);
    }

    private AgentRunner Runner => _runner ?? throw new InvalidOperationException($"Grain {this.GetPrimaryKeyString()} was not started.");
}

[Orleans.Placement.RandomPlacement]
public sealed class CitizenGrain(WorldCache worlds) : AgentGrain(worlds, AgentKind.Citizen), ICitizenGrain;

[Orleans.Placement.RandomPlacement]
public sealed class DepartmentGrain(WorldCache worlds) : AgentGrain(worlds, AgentKind.Department), IDepartmentGrain;

[Orleans.Placement.RandomPlacement]
public sealed class LeaderGrain(WorldCache worlds) : AgentGrain(worlds, AgentKind.Leader), ILeaderGrain;

[Orleans.Placement.RandomPlacement]
public sealed class PlatformGrain(WorldCache worlds) : AgentGrain(worlds, AgentKind.Platform), IPlatformGrain;

[Orleans.Placement.RandomPlacement]
public sealed class AgencyGrain(WorldCache worlds) : AgentGrain(worlds, AgentKind.Agency), IAgencyGrain;
