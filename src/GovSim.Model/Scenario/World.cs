using GovSim.Model.Engine;
using GovSim.Model.Modes;

namespace GovSim.Model.Scenario;

/// <summary>
/// A scenario compiled for running: indices instead of names, generated citizens, the calendar and the mode.
/// Immutable and built deterministically from (spec, seed), so every silo can build its own identical copy.
/// </summary>
public sealed class World
{
    private readonly double[] _serviceCumulative;

    private World(ScenarioSpec spec)
    {
        Spec = spec;
        Seed = spec.Seed;
        var opens = ScenarioRules.ParseClock(spec.Calendar.Opens) ?? throw new ArgumentException("calendar.opens");
        var closes = ScenarioRules.ParseClock(spec.Calendar.Closes) ?? throw new ArgumentException("calendar.closes");
        Calendar = OfficeHours.Daily(opens, closes, spec.Calendar.Workdays.Select(d => (int)d));
        Regions = spec.Regions.Select(r => r.Name).ToArray();
        Functions = spec.Functions.Select(f => f.Name).ToArray();

        var departments = new List<DepartmentInfo>();
        for (var r = 0; r < Regions.Count; r++)
            for (var f = 0; f < Functions.Count; f++)
            {
                var fs = spec.Functions[f];
                var hours = fs.Hours == HoursKind.Always ? OfficeHours.Always : Calendar;
                departments.Add(new DepartmentInfo(departments.Count, r, f, $"{Regions[r]}/{fs.Name}", fs.Staff, new ServiceTimeModel(fs.ServiceTime), hours));
            }
        Departments = departments;

        var functionIndex = Functions.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        Services = spec.Services.Select((s, i) => new ServiceInfo(
            i, s.Name, s.DeadlineDays,
            s.Steps.Select(step => functionIndex[step.Function]).ToArray(),
            s.Proofs.Select(p => new ProofInfo(p.Name, functionIndex[p.Issuer], p.Policy)).ToArray())).ToArray();
        var total = spec.Services.Sum(s => s.Weight);
        var running = 0.0;
        _serviceCumulative = spec.Services.Select(s => running += s.Weight / total).ToArray();

        Citizens = PopulationGenerator.Generate(spec, Seed);
        MessageDelay = spec.Delays.MessageMinutes;
        TravelTime = spec.Delays.TravelMinutes;
        Delays = new DelayTable()
            .Allow(AgentKind.Citizen, AgentKind.Department, TravelTime)                        // a trip to a counter
            .Allow(AgentKind.Department, AgentKind.Citizen, Math.Min(TravelTime, MessageDelay)) // papers handed over, or a notice
            .Allow(AgentKind.Department, AgentKind.Department, MessageDelay)
            .Allow(AgentKind.Department, AgentKind.Leader, MessageDelay)
            .Allow(AgentKind.Leader, AgentKind.Department, MessageDelay);
        Duration = SimTime.Days(spec.DurationDays);
        Warmup = SimTime.Days(spec.WarmupDays);
        // Per citizen, per minute: the population's needs form a Poisson process of the configured rate.
        NeedRatePerMinute = spec.Arrivals.RatePerHour / SimTime.MinutesPerHour / Citizens.Count;
        Mode = CoordinationModes.Create(spec.Mode);
    }

    public static World Compile(ScenarioSpec spec)
    {
        var problems = ScenarioRules.Check(spec);
        if (problems.Count > 0) throw new ArgumentException($"{problems[0].Path}: {problems[0].Message}");
        return new World(spec);
    }

    public ScenarioSpec Spec { get; }
    public long Seed { get; }
    public OfficeHours Calendar { get; }
    public IReadOnlyList<string> Regions { get; }
    public IReadOnlyList<string> Functions { get; }
    public IReadOnlyList<DepartmentInfo> Departments { get; }
    public IReadOnlyList<ServiceInfo> Services { get; }
    public IReadOnlyList<CitizenProfile> Citizens { get; }
    public ICoordinationMode Mode { get; }

    /// <summary>Which kinds of agent message which, and the least delay: the lookahead of the round scheduler.</summary>
    public DelayTable Delays { get; }
    public long MessageDelay { get; }
    public long TravelTime { get; }
    public long Duration { get; }
    public long Warmup { get; }
    public double NeedRatePerMinute { get; }

    /// <summary>Leaders: one per region (index = region), then the one above all regions.</summary>
    public int LeaderCount => Regions.Count + 1;
    public AgentId RegionalLeader(int region) => AgentId.Leader(region);
    public AgentId TopLeader => AgentId.Leader(Regions.Count);

    public DepartmentInfo Department(int region, int function) => Departments[region * Functions.Count + function];
    public DepartmentInfo Department(AgentId id) => Departments[id.Index];

    /// <summary>Every agent of the run, in canonical order.</summary>
    public IEnumerable<AgentId> AllAgents() =>
        Enumerable.Range(0, LeaderCount).Select(AgentId.Leader)
            .Concat(Departments.Select(d => d.Id))
            .Concat(Citizens.Select(c => AgentId.Citizen(c.Index)));

    /// <summary>Picks a service by weight from a uniform draw in [0, 1).</summary>
    public ServiceInfo PickService(double u)
    {
        for (var i = 0; i < _serviceCumulative.Length; i++)
            if (u < _serviceCumulative[i]) return Services[i];
        return Services[^1];
    }
}
