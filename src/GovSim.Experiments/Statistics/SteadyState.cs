using MathNet.Numerics.Distributions;

namespace GovSim.Experiments.Statistics;

/// <summary>
/// Whether a daily series (typically a queue length) is still growing at the end of a run, in which case the run
/// never reached a steady state and its averages depend on the run length.
/// </summary>
public static class SteadyState
{
    private const int MinimumPoints = 4; // two residual degrees of freedom at least, or the CI is meaningless

    /// <summary>
    /// Least-squares trend of the last floor(n/2) values against the day, with a 95 % Student-t CI of the slope.
    /// Only the second half is used so that a warm-up ramp does not read as growth. Fewer than four points: NaN
    /// slope and CI and not growing. Values must be finite.
    /// </summary>
    public static TrendResult SecondHalfTrend(IReadOnlyList<double> daily)
    {
        ArgumentNullException.ThrowIfNull(daily);
        for (var i = 0; i < daily.Count; i++)
            if (!double.IsFinite(daily[i]))
                throw new ArgumentException($"daily[{i}] is {daily[i]}; the trend needs finite values", nameof(daily));

        var h = daily.Count / 2;
        var start = daily.Count - h;
        double mean = 0;
        for (var i = start; i < daily.Count; i++) mean += daily[i];
        mean = h == 0 ? double.NaN : mean / h;
        if (h < MinimumPoints) return new TrendResult(double.NaN, double.NaN, double.NaN, mean, false);

        // Day index relative to the half's start: the slope is the same and the centring keeps sums small.
        var xMean = (h - 1) / 2.0;
        double sxx = 0, sxy = 0;
        for (var i = 0; i < h; i++)
        {
            sxx += (i - xMean) * (i - xMean);
            sxy += (i - xMean) * (daily[start + i] - mean);
        }

        var slope = sxy / sxx;
        double sse = 0;
        for (var i = 0; i < h; i++)
        {
            var residual = daily[start + i] - mean - slope * (i - xMean);
            sse += residual * residual;
        }

        var half = StudentT.InvCDF(0, 1, h - 2, 0.975) * Math.Sqrt(sse / (h - 2) / sxx);
        var (lower, upper) = (slope - half, slope + half);
        // Significant is not enough on long runs (any drift becomes significant): the rise over the half must also be
        // material, more than 10 % of the level and more than one job.
        var growing = lower > 0 && slope * h > Math.Max(1.0, 0.1 * mean);
        return new TrendResult(slope, lower, upper, mean, growing);
    }
}

/// <summary>Slope per day of the second half with its 95 % CI, that half's mean, and whether it is still growing.</summary>
public sealed record TrendResult(double Slope, double Lower, double Upper, double Mean, bool Growing);
