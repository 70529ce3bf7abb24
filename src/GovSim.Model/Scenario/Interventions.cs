using GovSim.Model.Engine;

namespace GovSim.Model.Scenario;

/// <summary>
/// A scenario's timed changes, compiled: each setting as a step function of simulated time, so every agent, in any
/// partition, reads the same value at the same tick. A run without interventions reads the scenario's values and
/// draws exactly the random numbers it always drew.
/// </summary>
public sealed class Interventions
{
    private readonly (long Tick, double Value)[] _rates;
    private readonly (long Tick, double Value)[] _pushes;
    private readonly (long Tick, double Threshold)[] _skills;

    /// <param name="literacies">Every citizen's digital literacy, to turn a share of unskilled citizens into a threshold.</param>
    public Interventions(ScenarioSpec spec, IReadOnlyList<double>? literacies = null)
    {
        var ordered = spec.Interventions.Select((c, i) => (Tick: SimTime.Hours(c.AtHours), Order: i, Change: c))
            .OrderBy(c => c.Tick).ThenBy(c => c.Order).ToList();
        _rates = ordered.Where(c => c.Change.ArrivalsRatePerHour.HasValue).Select(c => (c.Tick, c.Change.ArrivalsRatePerHour!.Value)).ToArray();
        _pushes = ordered.Where(c => c.Change.LeadersPush.HasValue).Select(c => (c.Tick, c.Change.LeadersPush!.Value)).ToArray();
        PlatformOutages = ordered.Where(c => c.Change.PlatformDownHours.HasValue)
            .Select(c => (c.Tick, Math.Max(1, SimTime.Hours(c.Change.PlatformDownHours!.Value)))).ToArray();
        MaturityChanges = ordered.Where(c => c.Change.DigitalMaturity.HasValue).Select(c => (c.Tick, c.Change.DigitalMaturity!.Value)).ToArray();
        var sorted = (literacies ?? []).Order().ToArray();
        _skills = ordered.Where(c => c.Change.UnskilledShare.HasValue)
            .Select(c => (c.Tick, Threshold(sorted, c.Change.UnskilledShare!.Value))).ToArray();
        BaseRatePerHour = spec.Arrivals.RatePerHour;
    }

    /// <summary>When every department's maturity is set, and to what.</summary>
    public IReadOnlyList<(long Tick, double Value)> MaturityChanges { get; }

    /// <summary>
    /// Whether a citizen of literacy <paramref name="literacy"/> counts as digitally skilled at <paramref name="tick"/>,
    /// if an intervention has set the share of unskilled citizens by then (null: the citizen's group from the start).
    /// </summary>
    public bool? SkilledAt(double literacy, long tick) => Latest(_skills, tick) is { } threshold ? literacy >= threshold : null;

    /// <summary>The literacy below which the given share of citizens falls (the least literate are the unskilled).</summary>
    private static double Threshold(double[] sorted, double share)
    {
        var unskilled = (int)Math.Round(share * sorted.Length);
        return unskilled >= sorted.Length ? double.PositiveInfinity : unskilled <= 0 ? double.NegativeInfinity : sorted[unskilled];
    }

    public double BaseRatePerHour { get; }

    public bool ChangesRate => _rates.Length > 0;

    /// <summary>Ticks at which demand changes.</summary>
    public IEnumerable<long> RateChanges => _rates.Select(r => r.Tick);

    /// <summary>Ticks at which every leader's push changes.</summary>
    public IEnumerable<long> PushChanges => _pushes.Select(p => p.Tick);

    /// <summary>Forced platform outages: when, and for how many minutes.</summary>
    public IReadOnlyList<(long Tick, long Minutes)> PlatformOutages { get; }

    /// <summary>The arrival rate (needs per hour over the population) in force at <paramref name="tick"/>.</summary>
    public double RatePerHourAt(long tick) => Latest(_rates, tick) ?? BaseRatePerHour;

    /// <summary>The push every leader has at <paramref name="tick"/>, if an intervention set one.</summary>
    public double? PushAt(long tick) => Latest(_pushes, tick);

    private static double? Latest((long Tick, double Value)[] steps, long tick)
    {
        double? value = null;
        foreach (var (at, v) in steps)
        {
            if (at > tick) break;
            value = v;
        }

        return value;
    }
}
