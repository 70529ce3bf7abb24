using MathNet.Numerics.Distributions;

namespace GovSim.Experiments.Statistics;

/// <summary>
/// Two samples compared: Welch's t-test (unequal variances), the Mann–Whitney U test (normal approximation with tie
/// correction and continuity correction) and two effect sizes, Cohen's d (pooled sd) and the rank-biserial correlation.
/// Null where a statistic is undefined (fewer than two values, or no variance at all).
/// </summary>
public sealed record Compare(double Difference, double? WelchT, double? WelchDf, double? WelchP, double U, double? MannWhitneyP,
    double? CohensD, double RankBiserial)
{
    public static Compare Of(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var (na, nb) = ((double)a.Count, (double)b.Count);
        var (ma, mb) = (a.Average(), b.Average());
        double Var(IReadOnlyList<double> xs, double m) => xs.Count < 2 ? double.NaN : xs.Sum(x => (x - m) * (x - m)) / (xs.Count - 1);
        var (va, vb) = (Var(a, ma), Var(b, mb));

        double? t = null, df = null, p = null, d = null;
        var se2 = va / na + vb / nb;
        if (double.IsFinite(se2) && se2 > 0)
        {
            t = (ma - mb) / Math.Sqrt(se2);
            df = se2 * se2 / (Math.Pow(va / na, 2) / (na - 1) + Math.Pow(vb / nb, 2) / (nb - 1));
            p = 2 * (1 - StudentT.CDF(0, 1, df.Value, Math.Abs(t.Value)));
            var pooled = Math.Sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2));
            d = pooled > 0 ? (ma - mb) / pooled : null;
        }

        var (u, mwp) = MannWhitney(a, b);
        return new Compare(ma - mb, t, df, p, u, mwp, d, 2 * u / (na * nb) - 1);
    }

    /// <summary>U of the first sample and the two-sided p-value.</summary>
    private static (double U, double? P) MannWhitney(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var all = a.Select(x => (x, first: true)).Concat(b.Select(x => (x, first: false))).OrderBy(v => v.x).ToArray();
        var ranks = new double[all.Length];
        double tieTerm = 0;
        for (var i = 0; i < all.Length;)
        {
            var j = i;
            while (j + 1 < all.Length && all[j + 1].x == all[i].x) j++;
            var rank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++) ranks[k] = rank;
            var ties = j - i + 1;
            tieTerm += (double)ties * ties * ties - ties;
            i = j + 1;
        }

        double n1 = a.Count, n2 = b.Count, n = n1 + n2;
        var r1 = all.Select((v, i) => v.first ? ranks[i] : 0).Sum();
        var u = r1 - n1 * (n1 + 1) / 2;
        var variance = n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1)));
        if (variance <= 0) return (u, null);
        var z = (Math.Abs(u - n1 * n2 / 2) - 0.5) / Math.Sqrt(variance);
        return (u, 2 * (1 - Normal.CDF(0, 1, Math.Max(z, 0))));
    }
}
