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

    public Interventions(ScenarioSpec spec)
    {
        var ordered = spec.Interventions.Select((c, i) => (Tick: SimTime.Hours(c.AtHours), Order: i, Change: c))
            .OrderBy(c => c.Tick).ThenBy(c => c.Order).ToList();
        _rates = ordered.Where(c => c.Change.ArrivalsRatePerHour.HasValue).Select(c => (c.Tick, c.Change.ArrivalsRatePerHour!.Value)).ToArray();
        _pushes = ordered.Where(c => c.Change.LeadersPush.HasValue).Select(c => (c.Tick, c.Change.LeadersPush!.Value)).ToArray();
        PlatformOutages = ordered.Where(c => c.Change.PlatformDownHours.HasValue)
            .Select(c => (c.Tick, Math.Max(1, SimTime.Hours(c.Change.PlatformDownHours!.Value)))).ToArray();
        BaseRatePerHour = spec.Arrivals.RatePerHour;
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
