namespace GovSim.Experiments.Statistics;

/// <summary>
/// Chooses the tests for a − b from how the runs were made, so a report cannot pair what was not paired nor ignore
/// pairing it has: runs that share seeds (common random numbers, a[i] and b[i] from the same seed) get the paired t-test
/// and the Wilcoxon signed-rank test, independent runs Welch's t-test and the Mann–Whitney U test. Each rank test is
/// exact when the samples are small and untied, otherwise the normal approximation; the names in the result say which,
/// so the report can print them.
/// </summary>
public static class TwoSampleTest
{
    public const string PairedTName = "paired t";
    public const string WelchTName = "Welch t";
    public const string SignedRankExactName = "Wilcoxon signed-rank (exact)";
    public const string SignedRankApproxName = "Wilcoxon signed-rank (normal approx.)";
    public const string MannWhitneyExactName = "Mann–Whitney U (exact)";
    public const string MannWhitneyApproxName = "Mann–Whitney U (normal approx.)";

    /// <summary>
    /// Outcome of <see cref="Choose"/>. <c>Difference</c> is mean(a) − mean(b) (for paired samples also the mean of the
    /// differences) with its 95 % t interval. <c>MeanTest</c> gives t, df and p; <c>RankTest</c> gives its statistic
    /// (V of the signed-rank test, U = R's W of Mann–Whitney) and p. <c>CohensD</c> is Cohen's dz (mean(d)/sd(d)) when
    /// paired, Cohen's d (pooled sd) otherwise, as <c>CohensDName</c> says; <c>RankBiserial</c> is the matched-pairs or
    /// the two-sample rank-biserial correlation. Null where a statistic is undefined (too few values, no variance).
    /// </summary>
    public sealed record Result(bool Paired, int N1, int N2,
        double Difference, double? CiLow, double? CiHigh,
        string MeanTest, double? T, double? Df, double? MeanP,
        string RankTest, double RankStatistic, double? RankP,
        string CohensDName, double? CohensD, double? RankBiserial);

    /// <param name="paired">True when a[i] and b[i] ran with the same seed.</param>
    /// <exception cref="ArgumentException">Paired samples of different lengths, an empty sample, a non-finite value.</exception>
    public static Result Choose(IReadOnlyList<double> a, IReadOnlyList<double> b, bool paired)
    {
        if (paired)
        {
            var t = PairedT.Test(a, b);
            var w = WilcoxonSignedRank.Test(a, b);
            return new Result(true, a.Count, b.Count, t.MeanDifference, t.CiLow, t.CiHigh,
                PairedTName, t.T, t.T is null ? null : t.Df, t.P,
                w.Exact ? SignedRankExactName : SignedRankApproxName, w.V, w.P,
                "Cohen's dz", t.CohensDz, w.RankBiserial);
        }

        var welch = WelchT.Test(a, b);
        var u = MannWhitney.Test(a, b);
        return new Result(false, a.Count, b.Count, welch.Difference, welch.CiLow, welch.CiHigh,
            WelchTName, welch.T, welch.Df, welch.P,
            u.Exact ? MannWhitneyExactName : MannWhitneyApproxName, u.U, u.P,
            "Cohen's d", welch.CohensD, u.RankBiserial);
    }
}
