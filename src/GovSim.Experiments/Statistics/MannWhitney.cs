using MathNet.Numerics.Distributions;

namespace GovSim.Experiments.Statistics;

/// <summary>
/// Mann–Whitney U test (Wilcoxon rank-sum) for independent samples, as R's <c>wilcox.test(a, b)</c>; U is R's W, the
/// number of pairs (a[i], b[j]) with a[i] &gt; b[j], ties counting one half. With few runs the normal approximation is
/// poor — at 3 vs 3 fully separated it gives p ≈ 0.081 where the exact value is 2/20 = 0.1 — so the p-value is exact,
/// from the null distribution of U counted by dynamic programming, when both samples have at most
/// <see cref="ExactLimit"/> values and none tie (R uses exact only below 50 each, so at exactly 50 R reports the
/// approximation); otherwise it is the normal approximation with tie correction and continuity correction, as R and
/// <see cref="Compare"/>. The effect size is the rank-biserial correlation 2U/(n₁n₂) − 1, from −1 (every b larger) to
/// +1 (every a larger).
/// </summary>
public static class MannWhitney
{
    /// <summary>Largest size of either sample for which the exact distribution is used.</summary>
    public const int ExactLimit = 50;

    /// <summary><c>P</c> null when every value is equal (no variance of U).</summary>
    public sealed record Result(double U, double? P, bool Exact, double RankBiserial);

    /// <exception cref="ArgumentException">A sample is empty or holds a non-finite value.</exception>
    public static Result Test(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        WelchT.RequireSamples(a, b);
        int n1 = a.Count, n2 = b.Count;
        var (ranks, tieTerm, tied) = MidRanks.Of([.. a, .. b]);
        var u = ranks.Take(n1).Sum() - n1 * (n1 + 1) / 2.0;
        var rankBiserial = 2 * u / ((double)n1 * n2) - 1;

        if (n1 <= ExactLimit && n2 <= ExactLimit && !tied)
            return new Result(u, ExactP((int)u, n1, n2), true, rankBiserial);

        double n = n1 + n2;
        var variance = (double)n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1)));
        if (!(variance > 0)) return new Result(u, null, false, rankBiserial);
        var z = u - (double)n1 * n2 / 2;
        z = (z - Math.Sign(z) * 0.5) / Math.Sqrt(variance);
        return new Result(u, Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z))), false, rankBiserial);
    }

    /// <summary>
    /// Exact two-sided p of U = <paramref name="u"/> for untied samples of sizes <paramref name="n1"/> and
    /// <paramref name="n2"/>, as R: twice the smaller tail (P(U ≤ u) up to the mean n₁n₂/2, P(U ≥ u) above it), capped at 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A size outside 1..<see cref="ExactLimit"/> or <paramref name="u"/>
    /// outside 0..n₁n₂.</exception>
    public static double ExactP(int u, int n1, int n2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n2, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n1, ExactLimit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n2, ExactLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(u);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(u, n1 * n2);
        var counts = Counts(n1, n2);
        var tail = u > n1 * n2 / 2.0 ? counts.Skip(u).Sum() : counts.Take(u + 1).Sum();
        return Math.Min(1, 2 * tail / counts.Sum());
    }

    /// <summary>
    /// counts[u] = number of the C(n₁+n₂, n₁) orderings of the two samples with U = u. Recurrence on the largest value:
    /// it is an a (beating all j b's: U grows by j) or a b, so c(i, j, u) = c(i−1, j, u−j) + c(i, j−1, u), built up one
    /// row i at a time (R's cwilcox counts the same).
    /// </summary>
    private static double[] Counts(int n1, int n2)
    {
        // row[j] holds the distribution for (i, j); i = 0: only U = 0.
        var row = new double[n2 + 1][];
        for (var j = 0; j <= n2; j++) row[j] = [1];
        for (var i = 1; i <= n1; i++)
        {
            var next = new double[n2 + 1][];
            next[0] = [1];
            for (var j = 1; j <= n2; j++)
            {
                var c = new double[i * j + 1];
                var aLast = row[j];       // (i − 1, j), shifted by j
                var bLast = next[j - 1];  // (i, j − 1)
                for (var k = 0; k < aLast.Length; k++) c[k + j] += aLast[k];
                for (var k = 0; k < bLast.Length; k++) c[k] += bLast[k];
                next[j] = c;
            }

            row = next;
        }

        return row[n2];
    }
}
