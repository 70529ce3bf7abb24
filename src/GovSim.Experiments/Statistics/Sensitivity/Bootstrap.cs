namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// The nonparametric bootstrap pieces the sensitivity analyses share: resampling indices with replacement from a
/// seeded <see cref="Random"/>, and percentile intervals with linear interpolation between order statistics (R's
/// type 7), so that the same seed gives the same bounds.
/// </summary>
internal static class Bootstrap
{
    /// <summary>Fills <paramref name="indices"/> with draws from 0 … <paramref name="count"/>−1, with replacement.</summary>
    public static void Resample(Span<int> indices, int count, Random random)
    {
        for (var i = 0; i < indices.Length; i++) indices[i] = random.Next(count);
    }

    /// <summary>
    /// The central <paramref name="level"/> percentile interval of the finite <paramref name="values"/>; (NaN, NaN)
    /// when there are none. Non-finite replicates (a resample with zero variance) are left out rather than sorted in.
    /// </summary>
    public static (double Lower, double Upper) PercentileInterval(IEnumerable<double> values, double level)
    {
        var sorted = values.Where(double.IsFinite).ToArray();
        if (sorted.Length == 0) return (double.NaN, double.NaN);
        Array.Sort(sorted);
        var tail = (1 - level) / 2;
        return (Quantile(sorted, tail), Quantile(sorted, 1 - tail));
    }

    /// <summary>Type-7 quantile of an ascending array: interpolates between the order statistics around (n−1)·q.</summary>
    public static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>Checks a confidence level and a resample count shared by every analysis.</summary>
    public static void CheckArguments(int resamples, double level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(resamples);
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "Confidence level must lie in (0, 1).");
    }
}
