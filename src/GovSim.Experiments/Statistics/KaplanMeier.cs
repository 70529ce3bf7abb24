namespace GovSim.Experiments.Statistics;

/// <summary>
/// The Kaplan–Meier product-limit estimator of a survival curve from right-censored observations (Event = false
/// means censored at Time). Times must be finite and non-negative, since the curve is integrated from 0.
/// </summary>
public static class KaplanMeier
{
    public static KaplanMeierCurve Fit(IReadOnlyList<(double Time, bool Event)> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        foreach (var (time, _) in observations)
            if (!double.IsFinite(time) || time < 0)
                throw new ArgumentException($"survival times must be finite and non-negative, got {time}", nameof(observations));

        // Sorted by time with Array.Sort on parallel arrays (a run can have a million cases); the order of ties does
        // not matter, since all observations at one time are taken together.
        var n = observations.Count;
        var sortedTimes = new double[n];
        var sortedEvents = new bool[n];
        for (var k = 0; k < n; k++) (sortedTimes[k], sortedEvents[k]) = observations[k];
        Array.Sort(sortedTimes, sortedEvents);
        return FitGrouped(Grouped(sortedTimes, sortedEvents), n);
    }

    /// <summary>
    /// The curve from observations already grouped by time in ascending order — at each distinct time, how many
    /// events and how many observations in all (censored ones included) — out of <paramref name="n"/> observations.
    /// </summary>
    public static KaplanMeierCurve FitGrouped(IEnumerable<(double Time, int Events, int Observations)> byTime, int n)
    {
        var times = new List<double>();
        var survival = new List<double>();
        var s = 1.0;
        var seen = 0;
        foreach (var (time, events, observations) in byTime)
        {
            // Everyone observed at or after this time is at risk, so censorings tied with events still count in the
            // denominator: events come first at a tie, as in R's survival package.
            var atRisk = n - seen;
            if (events > 0)
            {
                s *= 1 - (double)events / atRisk;
                times.Add(time);
                survival.Add(s);
            }

            seen += observations;
        }

        return new KaplanMeierCurve([.. times], [.. survival], n);
    }

    private static IEnumerable<(double Time, int Events, int Observations)> Grouped(double[] times, bool[] events)
    {
        for (var i = 0; i < times.Length;)
        {
            var count = 0;
            var j = i;
            for (; j < times.Length && times[j] == times[i]; j++)
                if (events[j]) count++;
            yield return (times[i], count, j - i);
            i = j;
        }
    }
}

/// <summary>
/// A fitted Kaplan–Meier curve: Survival[i] is S(t) just after the event time Times[i] (ascending, distinct);
/// S(t) = 1 before the first event. N is the number of observations, censored ones included.
/// </summary>
public sealed record KaplanMeierCurve(double[] Times, double[] Survival, int N)
{
    // R (survival:::survmean) uses sqrt(machine epsilon), as all.equal does; the same here so the medians agree with
    // R's, while products of (1 - d/n) that should be exactly 0.5 but are off by rounding still count as 0.5.
    private const double Tolerance = 1.4901161193847656e-8; // sqrt(2^-52)

    /// <summary>
    /// The median survival time as R's survfit prints it: the first time S(t) &lt;= 0.5, except that where S is
    /// exactly 0.5 on a flat stretch it is the midpoint of that stretch, which makes it the ordinary (type 7) sample
    /// median when nothing is censored. Null when S never falls to 0.5 (including no observations).
    /// </summary>
    public double? Median
    {
        get
        {
            var i = Array.FindIndex(Survival, s => s < 0.5 + Tolerance);
            if (i < 0) return null;
            // A later event always lowers S, so the flat stretch at 0.5 ends at the next event time, if there is one.
            if (Math.Abs(Survival[i] - 0.5) < Tolerance && i + 1 < Times.Length) return (Times[i] + Times[i + 1]) / 2;
            return Times[i];
        }
    }

    /// <summary>
    /// The restricted mean survival time: the area under S(t) from 0 to <paramref name="horizon"/>. NaN when the
    /// curve was fitted from no observations, since then there is no curve to integrate (rather than pretending S = 1).
    /// </summary>
    public double RestrictedMean(double horizon)
    {
        if (double.IsNaN(horizon) || horizon < 0)
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "the horizon must be non-negative");
        if (N == 0) return double.NaN;

        double area = 0, from = 0, s = 1;
        for (var i = 0; i < Times.Length && Times[i] < horizon; i++)
        {
            area += s * (Times[i] - from);
            (from, s) = (Times[i], Survival[i]);
        }

        // S = 0 after the last event adds nothing, even to an infinite horizon (where 0 × ∞ would give NaN).
        return s == 0 ? area : area + s * (horizon - from);
    }
}
