using System.Globalization;
using GovSim.Experiments;
using GovSim.Experiments.Running;
using GovSim.Experiments.Scenarios;
using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Classroom;

/// <summary>
/// The race: the same scenario and seed run under every mode at once on one embedded silo, advanced together to a
/// shared simulated clock that moves at the teacher's speed. A change (demand, push, an outage) is an intervention at
/// the current simulated instant, added to the scenario; every lane restarts and runs up to that instant again —
/// interventions leave everything before their instant as it was, so the class sees no jump — and the scenario the
/// page saves is exactly what `govsim run` replays. Wall-clock time only paces the clock; it never reaches results.
/// </summary>
public sealed class Classroom : IAsyncDisposable
{
    private readonly EmbeddedCluster _cluster;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<FrameLogEntry> _log = [];
    private readonly Lane[] _lanes;
    private readonly IReadOnlyDictionary<string, string> _scenarios;
    private ScenarioSpec _spec;
    private string _scenarioName;
    private long _tick;
    private double _carry;
    private int _generation;

    private Classroom(EmbeddedCluster cluster, ScenarioSpec spec, string scenarioName, IReadOnlyDictionary<string, string> scenarios)
    {
        _cluster = cluster;
        _spec = spec;
        _scenarioName = scenarioName;
        _scenarios = scenarios;
        _lanes = ModeNames.Racing.Select(m => new Lane(cluster.GrainFactory, m.Mode, m.Label, m.Chinese)).ToArray();
    }

    public bool Running { get; private set; }

    /// <summary>Simulated hours per second of wall time.</summary>
    public double Speed { get; private set; } = 4;

    public double SimHours => SimTime.ToHours(_tick);

    public static async Task<Classroom> StartAsync(string scenarioPath, CancellationToken cancel = default)
    {
        var scenario = ScenarioLoader.Load(scenarioPath);
        var cluster = await EmbeddedCluster.StartAsync(1, cancel);
        var classroom = new Classroom(cluster, scenario.Spec, Path.GetFileNameWithoutExtension(scenarioPath) is "scenario"
            ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(scenarioPath)))!
            : Path.GetFileNameWithoutExtension(scenarioPath), ScenarioCatalogue.Find());
        await classroom.RestartAsync(0);
        return classroom;
    }

    public IReadOnlyList<string> ScenarioNames => [.. _scenarios.Keys];

    /// <summary>The scenario as run so far, seed and interventions included.</summary>
    public ScenarioSpec Scenario => _spec;

    /// <summary>Moves the clock by the wall time that passed, at the teacher's speed, when the race is running.</summary>
    public Task TickAsync(TimeSpan wall) => Locked(async () =>
    {
        if (!Running) return;
        // Speed is simulated hours per wall second; whole minutes move the clock, the rest carries over.
        _carry += wall.TotalSeconds * Speed * SimTime.MinutesPerHour;
        var minutes = (long)Math.Floor(_carry);
        _carry -= minutes;
        var target = Math.Min(_tick + minutes, Duration);
        await AdvanceAsync(target);
        if (_tick >= Duration) Running = false;
    });

    public Task<string?> ApplyAsync(ClassroomControl control) => Locked<string?>(async () =>
    {
        switch (control.Action)
        {
            case "play":
                Running = _tick < Duration;
                return null;
            case "pause":
                Running = false;
                return null;
            case "step":
                Running = false;
                await AdvanceAsync(Math.Min(Duration, (SimTime.DayOf(_tick) + 1) * SimTime.MinutesPerDay));
                return null;
            case "reset":
                if (control.Text is not ("same" or "new")) return $"reset: expected \"same\" or \"new\" (seed), found {control.Describe()}.";
                _spec = Copy(_spec, s =>
                {
                    s.Interventions.Clear();
                    if (control.Text == "new") s.Seed = NextSeed(s.Seed);
                });
                _log.Clear();
                Running = false;
                await RestartAsync(0);
                Note(control.Text == "new" ? $"Reset with a new seed ({_spec.Seed})" : $"Reset (seed {_spec.Seed})");
                return null;
            case "speed":
            {
                var (speed, error) = control.NumberIn(0.5, 48, "simulated hours per second");
                if (error is null) Speed = speed;
                return error;
            }
            case var action when ClassroomChange.All.TryGetValue(action, out var change):
            {
                var (value, error) = control.NumberIn(change.Min, change.Max, change.Expected);
                if (error is not null) return error;
                await InterveneAsync(change.At(SimHours, value), change.Describe(value));
                return null;
            }
            case "scenario":
                if (control.Text is not { } name || !_scenarios.TryGetValue(name, out var path))
                    return $"scenario: expected one of {string.Join(", ", _scenarios.Keys)}, found {control.Describe()}.";
                try
                {
                    _spec = ScenarioLoader.Load(path).Spec;
                }
                catch (InputException e)
                {
                    return e.Message;
                }

                _scenarioName = name;
                _log.Clear();
                Running = false;
                await RestartAsync(0);
                Note($"Scenario {name}");
                return null;
            default:
                return $"expected an action: {string.Join(", ", ClassroomControl.Actions)}; found \"{control.Action}\".";
        }
    });

    /// <summary>The frame every viewer receives now.</summary>
    public Task<ClassroomFrame> FrameAsync() => Locked(async () =>
    {
        var pictures = await Task.WhenAll(_lanes.Select(l => l.PictureAsync()));
        var world = _lanes[0].World!;
        var panels = _lanes.Select((lane, i) => Panel(lane, pictures[i], world)).ToArray();
        var changes = new Interventions(_spec);
        // The settings in force now: the last change made, else the scenario's (mean maturity, actual unskilled share).
        var maturity = changes.MaturityChanges.Where(m => m.Tick <= _tick).Select(m => (double?)m.Value).LastOrDefault()
                       ?? _spec.Functions.Average(f => f.DigitalMaturity);
        var unskilled = _spec.Interventions.Where(c => c.UnskilledShare.HasValue && SimTime.Hours(c.AtHours) <= _tick).Select(c => c.UnskilledShare).LastOrDefault()
                        ?? world.Citizens.Count(c => !c.DigitallySkilled) / (double)Math.Max(1, world.Citizens.Count);
        return new ClassroomFrame(SimHours, Running, Speed, _spec.Seed, _scenarioName, false,
            new FrameSettings(changes.RatePerHourAt(_tick), changes.PushAt(_tick) ?? _spec.Leaders.Regional.Push, maturity, unskilled),
            panels, [.. _log]);
    });

    private static FramePanel Panel(Lane lane, LanePicture picture, World world)
    {
        var t = lane.Tally;
        var regions = world.Regions.Select((name, r) => new FrameRegion(name,
            picture.Leaders.Length > r ? picture.Leaders[r].Backlog : 0,
            world.Departments.Where(d => d.Region == r).Select(d =>
            {
                var s = picture.Departments.Length > d.Index ? picture.Departments[d.Index] : null;
                return new FrameDepartment(d.Name, world.Functions[d.Function], s?.Waiting ?? 0, s?.Busy ?? 0, d.Staff);
            }).ToArray())).ToArray();
        return new FramePanel(lane.Label, lane.Label, lane.Chinese, t.Completed, t.Abandoned, picture.InGovernment, t.MeanLatencyH,
            t.RecentLatencyH, t.CompletionRate, t.TripsMean, t.CostPerCase, picture.UsesPlatform, !(picture.Platform?.Down ?? false),
            picture.Platform?.Backlog ?? 0, picture.Leaders.Length > 0 ? picture.Leaders[^1].Backlog : 0, regions);
    }

    private long Duration => SimTime.Days(_spec.DurationDays);

    private async Task InterveneAsync(InterventionSpec change, string text)
    {
        if (_tick >= Duration) return;
        _spec = Copy(_spec, s => s.Interventions.Add(change));
        await RestartAsync(_tick);
        Note(text);
    }

    /// <summary>Every lane starts again on the current scenario and runs up to <paramref name="tick"/>.</summary>
    private async Task RestartAsync(long tick)
    {
        var generation = ++_generation;
        await Task.WhenAll(_lanes.Select(l => l.StartAsync(Compiled(l.Mode), $"classroom/{l.Label}/{generation}", _cluster)));
        _tick = 0;
        await AdvanceAsync(tick);
    }

    private async Task AdvanceAsync(long tick)
    {
        await Task.WhenAll(_lanes.Select(l => l.AdvanceToAsync(tick)));
        _tick = Math.Max(_tick, tick);
    }

    private World Compiled(ModeKind mode) => World.Compile(Copy(_spec, s => s.Mode = mode));

    private void Note(string text) => _log.Add(new FrameLogEntry(SimHours, text));

    private static ScenarioSpec Copy(ScenarioSpec spec, Action<ScenarioSpec> change)
    {
        var copy = ScenarioJson.Deserialize(ScenarioJson.Serialize(spec));
        change(copy);
        return copy;
    }

    /// <summary>A new seed derived from the old one (no shared or time-based randomness).</summary>
    private static long NextSeed(long seed) => (seed * 6364136223846793005L + 1442695040888963407L) >>> 33;

    private async Task<T> Locked<T>(Func<Task<T>> work)
    {
        await _gate.WaitAsync();
        try
        {
            return await work();
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task Locked(Func<Task> work) => Locked<bool>(async () =>
    {
        await work();
        return true;
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes)
        {
            try
            {
                await lane.StopAsync();
            }
            catch (Exception)
            {
                // stopping: the silo goes next anyway
            }
        }

        await _cluster.DisposeAsync();
    }
}
