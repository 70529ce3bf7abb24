using MathNet.Numerics.Distributions;

namespace GovSim.Experiments.Statistics;

/// <summary>
/// Wilcoxon signed-rank test on d = a − b for paired samples (shared seeds), the rank counterpart of
/// <see cref="PairedT"/> for outcomes that are skewed or heavy-tailed, as R's <c>wilcox.test(a, b, paired = TRUE)</c>.
/// Zero differences are dropped (R's default); V is the sum of the ranks of |d| over the positive differences.
/// The p-value is exact — from the null distribution of V, counted by dynamic programming — when at most
/// <see cref="ExactLimit"/> nonzero differences remain and none of their |d| tie (R uses exact only below 50, so at
/// exactly 50 R reports the approximation); otherwise it is the normal approximation with tie correction and continuity
/// correction, as R. The effect size is the matched-pairs rank-biserial correlation (T₊ − T₋) / (T₊ + T₋) (Kerby 2014),
/// from −1 (every b larger) to +1 (every a larger).
/// </summary>
public static class WilcoxonSignedRank
{
    /// <summary>Largest number of nonzero differences for which the exact distribution is used.</summary>
    public const int ExactLimit = 50;

    /// <summary>
    /// <c>N</c> nonzero differences (<c>Zeros</c> were dropped); <c>P</c> and <c>RankBiserial</c> null when every
    /// difference is zero.
    /// </summary>
    public sealed record Result(int N, int Zeros, double V, double? P, bool Exact, double? RankBiserial);

    /// <exception cref="ArgumentException">Lengths differ, a sample is empty or holds a non-finite value.</exception>
    public static Result Test(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var all = PairedT.Differences(a, b);
        var d = all.Where(x => x != 0).ToArray();
        var zeros = all.Length - d.Length;
        var n = d.Length;
        if (n == 0) return new Result(0, zeros, 0, null, false, null);

        var (ranks, tieTerm, tied) = MidRanks.Of(d.Select(Math.Abs).ToArray());
        var v = d.Select((x, i) => x > 0 ? ranks[i] : 0).Sum();
        var total = n * (n + 1) / 2.0;
        var rankBiserial = (v - (total - v)) / total;

        if (n <= ExactLimit && !tied && zeros == 0)
            return new Result(n, zeros, v, ExactP((int)v, n), true, rankBiserial);

        var z = v - total / 2;
        var sigma = Math.Sqrt(n * (n + 1.0) * (2 * n + 1) / 24 - tieTerm / 48);
        z = (z - Math.Sign(z) * 0.5) / sigma;
        return new Result(n, zeros, v, Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z))), false, rankBiserial);
    }

    /// <summary>
    /// Exact two-sided p of V = <paramref name="v"/> with <paramref name="n"/> untied nonzero differences, as R:
    /// twice the smaller tail (P(V ≤ v) below the mean n(n+1)/4, P(V ≥ v) above it), capped at 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> outside 0..<see cref="ExactLimit"/> or
    /// <paramref name="v"/> outside 0..n(n+1)/2.</exception>
    public static double ExactP(int v, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, ExactLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(v);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(v, n * (n + 1) / 2);
        var counts = Counts(n);
        var tail = v > n * (n + 1) / 4.0 ? counts.Skip(v).Sum() : counts.Take(v + 1).Sum();
        return Math.Min(1, 2 * tail / Math.Pow(2, n));
    }

    /// <summary>
    /// counts[s] = number of the 2ⁿ sign patterns whose positive ranks sum to s, i.e. the subsets of {1..n} with sum s:
    /// rank k is added to the counts one at a time (the knapsack recurrence). Exact in double up to n = 52 (2ⁿ &lt; 2⁵³).
    /// </summary>
    private static double[] Counts(int n)
    {
        var counts = new double[n * (n + 1) / 2 + 1];
        counts[0] = 1;
        for (var k = 1; k <= n; k++)
            for (var s = k * (k + 1) / 2; s >= k; s--)
                counts[s] += counts[s - k];
        return counts;
    }
}
