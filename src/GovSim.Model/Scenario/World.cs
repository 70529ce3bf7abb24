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
                departments.Add(new DepartmentInfo(departments.Count, r, f, $"{Regions[r]}/{fs.Name}", fs.Staff,
                    new ServiceTimeModel(fs.ServiceTime), hours, spec.Regions[r].DigitalMaturity ?? fs.DigitalMaturity, fs.PlatformResistance));
            }
        Departments = departments;

        var functionIndex = Functions.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        Services = spec.Services.Select((s, i) => ServiceInfo.Compile(i, s, functionIndex)).ToArray();

        var a = spec.Agencies;
        var licensed = Functions.Select(f => a.Functions.Count == 0 || a.Functions.Contains(f)).ToArray();
        Agencies = Enumerable.Range(0, Regions.Count * a.PerRegion)
            .Select(i => new AgencyInfo(i, i / a.PerRegion, $"{Regions[i / a.PerRegion]}/agency-{i % a.PerRegion + 1}", licensed,
                a.Staff, new ServiceTimeModel(a.ServiceTime), Calendar))
            .ToArray();
        var total = spec.Services.Sum(s => s.Weight);
        var running = 0.0;
        _serviceCumulative = spec.Services.Select(s => running += s.Weight / total).ToArray();

        Citizens = PopulationGenerator.Generate(spec, Seed);
        MessageDelay = spec.Delays.MessageMinutes;
        TravelTime = spec.Delays.TravelMinutes;
        var either = Math.Min(TravelTime, MessageDelay);
        Delays = new DelayTable()
            .Allow(AgentKind.Citizen, AgentKind.Department, either)        // a trip to a counter, or papers sent on request
            .Allow(AgentKind.Department, AgentKind.Citizen, either)        // papers handed over, or a notice
            .Allow(AgentKind.Department, AgentKind.Department, MessageDelay)
            .Allow(AgentKind.Department, AgentKind.Leader, MessageDelay)
            .Allow(AgentKind.Leader, AgentKind.Department, MessageDelay)
            .Allow(AgentKind.Citizen, AgentKind.Platform, either)          // online, or a trip to the assisted counter
            .Allow(AgentKind.Platform, AgentKind.Citizen, MessageDelay)
            .Allow(AgentKind.Platform, AgentKind.Department, MessageDelay)
            .Allow(AgentKind.Department, AgentKind.Platform, MessageDelay)
            .Allow(AgentKind.Platform, AgentKind.Leader, MessageDelay)
            .Allow(AgentKind.Department, AgentKind.Agency, MessageDelay)
            .Allow(AgentKind.Agency, AgentKind.Department, MessageDelay)
            .Allow(AgentKind.Agency, AgentKind.Platform, MessageDelay);        // load reports for the board
        Duration = SimTime.Days(spec.DurationDays);
        Warmup = SimTime.Days(spec.WarmupDays);
        // Per citizen, per minute: the population's needs form a Poisson process of the configured rate.
        NeedRatePerMinute = spec.Arrivals.RatePerHour / SimTime.MinutesPerHour / Citizens.Count;
        Changes = new Interventions(spec, spec.Interventions.Any(c => c.UnskilledShare.HasValue) ? Citizens.Select(c => c.DigitalLiteracy).ToArray() : null);
        Mode = CoordinationModes.Create(spec);
        var p = spec.Platform;
        PlatformTakesApplications = Mode is CyborgMode || Mode is MosaicMode { UsesPlatform: true };
        PlatformInUse = PlatformTakesApplications || p.Visibility || p.LeaderChannel;
        Intake = new DeskInfo(p.Intake.Staff, new ServiceTimeModel(p.Intake.ServiceTime), p.Intake.Hours == HoursKind.Always ? OfficeHours.Always : Calendar);
        Assisted = new DeskInfo(p.Assisted.Staff, new ServiceTimeModel(p.Assisted.ServiceTime), p.Assisted.Hours == HoursKind.Always ? OfficeHours.Always : Calendar);
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
    public IReadOnlyList<AgencyInfo> Agencies { get; }

    /// <summary>The one service platform (cyborg mode and mosaic).</summary>
    public AgentId Platform => AgentId.Platform(0);
    public ICoordinationMode Mode { get; }

    /// <summary>Whether citizens apply through the platform (cyborg, or a mosaic with a platform weight).</summary>
    public bool PlatformTakesApplications { get; }

    /// <summary>Whether the platform runs at all: it takes applications, or serves as an information layer.</summary>
    public bool PlatformInUse { get; }

    /// <summary>The platform's online intake and its assisted counter.</summary>
    public DeskInfo Intake { get; }
    public DeskInfo Assisted { get; }

    /// <summary>Share of the applications of a region's citizens for a service that go through the platform.</summary>
    public double PlatformShare(int region, int service) => CoordinationModes.PlatformShare(Mode, region, service);

    /// <summary>Which kinds of agent message which, and the least delay: the lookahead of the round scheduler.</summary>
    public DelayTable Delays { get; }
    public long MessageDelay { get; }
    public long TravelTime { get; }
    public long Duration { get; }
    public long Warmup { get; }
    public double NeedRatePerMinute { get; }

    /// <summary>The scenario's timed changes (demand, push, platform outages).</summary>
    public Interventions Changes { get; }

    /// <summary>Whether a citizen applies online at <paramref name="tick"/>: its group, unless an intervention changed the share since.</summary>
    public bool Skilled(CitizenProfile citizen, long tick) => Changes.SkilledAt(citizen.DigitalLiteracy, tick) ?? citizen.DigitallySkilled;

    /// <summary>Per citizen, the need rate in force at <paramref name="tick"/>.</summary>
    public double NeedRatePerMinuteAt(long tick) =>
        Changes.ChangesRate ? Changes.RatePerHourAt(tick) / SimTime.MinutesPerHour / Citizens.Count : NeedRatePerMinute;

    /// <summary>Ticks between load reports and board updates (visibility).</summary>
    public long BoardInterval => Math.Max(1, (long)Math.Round(Spec.Platform.BoardIntervalHours * SimTime.MinutesPerHour));

    /// <summary>
    /// How far hosts run between reports of progress: a day, or a thousandth of a long run — often enough for progress
    /// and prompt cancellation, rarely enough that a run of centuries does not make a call per day.
    /// </summary>
    public long ProgressSlice => ProgressSliceOf(Duration);

    public static long ProgressSliceOf(long duration) => Math.Max(SimTime.MinutesPerDay, duration / 1000);

    /// <summary>Leaders: one per region (index = region), then the one above all regions.</summary>
    public int LeaderCount => Regions.Count + 1;
    public AgentId RegionalLeader(int region) => AgentId.Leader(region);
    public AgentId TopLeader => AgentId.Leader(Regions.Count);

    public DepartmentInfo Department(int region, int function) => Departments[region * Functions.Count + function];

    /// <summary>The region that does a step of a citizen from <paramref name="home"/>: its own, or the next one for partner steps.</summary>
    public int RegionOf(StepInfo step, int home) => step.Partner ? (home + 1) % Regions.Count : home;

    /// <summary>The spec of leader <paramref name="index"/>: regional leaders first, then the top leader.</summary>
    public LeaderSpec LeaderSpecOf(int index) => index < Regions.Count ? Spec.Leaders.Regional : Spec.Leaders.Top;

    /// <summary>
    /// Push of the leader of a region (高位推动) at <paramref name="tick"/>: the region's own, or the regional leaders'
    /// default — unless an intervention has set every leader's push since.
    /// </summary>
    public double PushIn(int region, long tick) => Changes.PushAt(tick) ?? Spec.Regions[region].Push ?? Spec.Leaders.Regional.Push;

    /// <summary>Push of the leader above the regions at <paramref name="tick"/>: it governs work one region does for another.</summary>
    public double TopPushAt(long tick) => Changes.PushAt(tick) ?? Spec.Leaders.Top.Push;

    /// <summary>Push of leader <paramref name="index"/> (regional leaders first, then the top leader) at <paramref name="tick"/>.</summary>
    public double PushOfLeader(int index, long tick) => index < Regions.Count ? PushIn(index, tick) : TopPushAt(tick);
    public DepartmentInfo Department(AgentId id) => Departments[id.Index];

    /// <summary>Number of agents of the run.</summary>
    public int AgentCount => LeaderCount + Departments.Count + Citizens.Count + 1 + Agencies.Count;

    /// <summary>The position of an agent in <see cref="AllAgents"/>.</summary>
    public int OrdinalOf(AgentId id) => id.Kind switch
    {
        AgentKind.Leader => id.Index,
        AgentKind.Department => LeaderCount + id.Index,
        AgentKind.Citizen => LeaderCount + Departments.Count + id.Index,
        AgentKind.Platform => LeaderCount + Departments.Count + Citizens.Count + id.Index,
        _ => LeaderCount + Departments.Count + Citizens.Count + 1 + id.Index,
    };

    /// <summary>Every agent of the run, in canonical order.</summary>
    public IEnumerable<AgentId> AllAgents() =>
        Enumerable.Range(0, LeaderCount).Select(AgentId.Leader)
            .Concat(Departments.Select(d => d.Id))
            .Concat(Citizens.Select(c => AgentId.Citizen(c.Index)))
            .Append(Platform)
            .Concat(Agencies.Select(a => a.Id));

    /// <summary>Picks a service by weight from a uniform draw in [0, 1).</summary>
    public ServiceInfo PickService(double u)
    {
        for (var i = 0; i < _serviceCumulative.Length; i++)
            if (u < _serviceCumulative[i]) return Services[i];
        return Services[^1];
    }
}
