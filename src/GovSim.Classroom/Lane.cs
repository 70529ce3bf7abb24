using GovSim.Grains.Interfaces;
using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Classroom;

/// <summary>
/// One mode's run in the race: a run on the embedded silo (its coordinator and partitions, like any run) that the
/// classroom advances to the shared simulated clock, with the counters of what it has released so far.
/// </summary>
public sealed class Lane(IGrainFactory grains, ModeKind mode, string label, string chinese)
{
    private IRunCoordinatorGrain? _run;
    private World? _world;
    private AgentId[] _watched = [];

    public ModeKind Mode { get; } = mode;
    public string Label { get; } = label;
    public string Chinese { get; } = chinese;
    public LaneTally Tally { get; private set; } = new();

    /// <summary>The world the lane runs (for names and sizes of its departments).</summary>
    public World? World => _world;
    public long Reached { get; private set; }

    /// <summary>Starts the lane's run of <paramref name="world"/> (already compiled, for this lane's mode).</summary>
    public async Task StartAsync(World world, string runKey, Experiments.Running.EmbeddedCluster cluster)
    {
        await StopAsync();
        _world = world;
        Tally = new LaneTally();
        Reached = 0;
        cluster.Worlds.Put(runKey, world);
        _run = grains.GetGrain<IRunCoordinatorGrain>(runKey);
        var slice = await _run.Start(new RunSpec(runKey, ScenarioJson.Serialize(world.Spec), Partitioning.Fixed(1)));
        Tally.Add(slice.Records);
        _watched = [.. world.Departments.Select(d => d.Id), .. Enumerable.Range(0, world.LeaderCount).Select(AgentId.Leader), world.Platform];
    }

    public async Task AdvanceToAsync(long tick)
    {
        if (_run is null || _world is null || tick <= Reached) return;
        var target = Math.Min(tick, _world.Duration);
        var slice = await _run.Advance(target);
        Tally.Add(slice.Records);
        Reached = target;
    }

    /// <summary>The government as it is now: every department's desk, every leader's backlog, the platform.</summary>
    public async Task<LanePicture> PictureAsync()
    {
        if (_run is null || _world is null) return LanePicture.Empty;
        var snapshots = await _run.InspectMany(_watched);
        var departments = _world.Departments.Count;
        return new LanePicture(snapshots[..departments], snapshots[departments..^1], snapshots[^1], _world.PlatformTakesApplications);
    }

    public async Task StopAsync()
    {
        if (_run is null) return;
        var run = _run;
        _run = null;
        await run.Finish(); // its grains deactivate; the classroom keeps only the counters it shows
    }
}

/// <summary>A lane's agents at one moment: departments in world order, leaders (regional, then top), the platform.</summary>
public sealed record LanePicture(AgentSnapshot[] Departments, AgentSnapshot[] Leaders, AgentSnapshot? Platform, bool UsesPlatform)
{
    public static LanePicture Empty { get; } = new([], [], null, false);

    /// <summary>Work waiting or in hand anywhere in this government.</summary>
    public int InGovernment => Departments.Sum(d => d.Waiting + d.Busy) + Leaders.Sum(l => l.Backlog)
                               + (UsesPlatform && Platform is { } p ? p.Waiting + p.Busy + p.Backlog : 0);
}
