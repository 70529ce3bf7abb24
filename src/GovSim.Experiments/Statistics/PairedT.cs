using MathNet.Numerics.Distributions;

namespace GovSim.Experiments.Statistics;

/// <summary>
/// Paired t-test on d = a − b, for samples that share seeds (common random numbers: a[i] and b[i] ran with the same
/// seed). Pairing removes the seed-to-seed variation both runs share, so it detects differences an unpaired test
/// would miss; treating paired runs as independent is the error a referee flags. Matches R's
/// <c>t.test(a, b, paired = TRUE)</c>: t = mean(d) / (sd(d)/√n), df = n − 1, two-sided p, 95 % CI of the mean
/// difference. Cohen's dz = mean(d) / sd(d) is the standardised effect of paired data.
/// </summary>
public static class PairedT
{
    /// <summary>
    /// Null where undefined: fewer than two pairs, or all differences equal (sd(d) = 0; R stops with "data are
    /// essentially constant").
    /// </summary>
    public sealed record Result(int N, double MeanDifference, double? T, int Df, double? P, double? CiLow, double? CiHigh, double? CohensDz);

    /// <exception cref="ArgumentException">Lengths differ, a sample is empty or holds a non-finite value.</exception>
    public static Result Test(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var d = Differences(a, b);
        var n = d.Length;
        var mean = d.Average();
        if (n < 2) return new Result(n, mean, null, n - 1, null, null, null, null);
        var sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (n - 1));
        if (!(sd > 0)) return new Result(n, mean, null, n - 1, null, null, null, null);

        var se = sd / Math.Sqrt(n);
        var t = mean / se;
        // 2·F(−|t|) rather than 2·(1 − F(|t|)): the lower tail keeps its digits where 1 − F would round to 0.
        var p = Math.Min(1, 2 * StudentT.CDF(0, 1, n - 1, -Math.Abs(t)));
        var half = StudentT.InvCDF(0, 1, n - 1, 0.975) * se;
        return new Result(n, mean, t, n - 1, p, mean - half, mean + half, mean / sd);
    }

    /// <summary>a[i] − b[i], after checking that the samples can be paired.</summary>
    internal static double[] Differences(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count)
            throw new ArgumentException($"paired samples must have equal lengths (a has {a.Count}, b has {b.Count})", nameof(b));
        if (a.Count == 0) throw new ArgumentException("paired samples must not be empty", nameof(a));
        MidRanks.RequireFinite(a, nameof(a));
        MidRanks.RequireFinite(b, nameof(b));
        return a.Select((x, i) => x - b[i]).ToArray();
    }
}
