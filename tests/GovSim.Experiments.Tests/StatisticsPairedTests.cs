using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Tests;

/// <summary>Paired t and Wilcoxon signed-rank against R's outputs and against brute-force enumeration.</summary>
public class StatisticsPairedTests
{
    // R's datasets::sleep, extra by group (the same ten subjects under two drugs).
    private static readonly double[] Sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] Sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    // The depression scores of R's ?wilcox.test (Hollander & Wolfe, p. 29).
    private static readonly double[] Before = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30];
    private static readonly double[] After = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

    [Fact]
    public void Paired_t_on_sleep_matches_R()
    {
        // R: t.test(extra ~ group, data = sleep, paired = TRUE)
        // t = -4.0621, df = 9, p-value = 0.002833; 95 % CI -2.4598858 -0.7001142; mean difference -1.58
        var r = PairedT.Test(Sleep1, Sleep2);
        Assert.Equal(10, r.N);
        Assert.Equal(9, r.Df);
        Assert.Equal(-1.58, r.MeanDifference, 12);
        Assert.Equal(-4.0621, r.T!.Value, 4);
        Assert.InRange(r.P!.Value, 0.0028325, 0.0028335);
        Assert.Equal(-2.4598858, r.CiLow!.Value, 6);
        Assert.Equal(-0.7001142, r.CiHigh!.Value, 6);
        // sd of the differences is 1.229995 (R: sd(sleep$extra[1:10] - sleep$extra[11:20])).
        Assert.Equal(-1.58 / 1.229995, r.CohensDz!.Value, 5);
    }

    [Fact]
    public void Paired_t_is_undefined_for_constant_differences_or_one_pair()
    {
        var constant = PairedT.Test([1.0, 2, 3], [0.0, 1, 2]);
        Assert.Equal(1, constant.MeanDifference, 12);
        Assert.Null(constant.T);
        Assert.Null(constant.P);
        Assert.Null(PairedT.Test([1.0], [2.0]).P);
    }

    [Fact]
    public void Paired_tests_require_equal_lengths_and_finite_values()
    {
        Assert.Throws<ArgumentException>(() => PairedT.Test([1.0, 2], [1.0]));
        Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.Test([1.0, 2], [1.0, 2, 3]));
        Assert.Throws<ArgumentException>(() => PairedT.Test([], []));
        Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.Test([1.0, double.NaN], [1.0, 2]));
    }

    [Fact]
    public void Signed_rank_on_the_depression_data_is_exact_and_matches_R()
    {
        // R: wilcox.test(x, y, paired = TRUE) -> V = 40, p-value = 0.03906 (exact: 2 * 10 / 2^9)
        var r = WilcoxonSignedRank.Test(Before, After);
        Assert.True(r.Exact);
        Assert.Equal(9, r.N);
        Assert.Equal(0, r.Zeros);
        Assert.Equal(40, r.V);
        Assert.Equal(20.0 / 512, r.P!.Value, 12);
        Assert.Equal((40.0 - 5) / 45, r.RankBiserial!.Value, 12);
    }

    [Fact]
    public void Signed_rank_with_ties_and_a_zero_on_sleep_matches_R()
    {
        // R: wilcox.test(extra ~ group, data = sleep, paired = TRUE)
        // V = 0, p-value = 0.009091 (with continuity correction; warnings: ties, zeroes)
        var r = WilcoxonSignedRank.Test(Sleep1, Sleep2);
        Assert.False(r.Exact);
        Assert.Equal(9, r.N);
        Assert.Equal(1, r.Zeros);
        Assert.Equal(0, r.V);
        Assert.InRange(r.P!.Value, 0.0090905, 0.0090915);
        Assert.Equal(-1, r.RankBiserial!.Value, 12);
    }

    [Fact]
    public void Signed_rank_of_all_zero_differences_has_no_p()
    {
        var r = WilcoxonSignedRank.Test([1.0, 2], [1.0, 2]);
        Assert.Equal(2, r.Zeros);
        Assert.Null(r.P);
        Assert.Null(r.RankBiserial);
    }

    [Fact]
    public void Signed_rank_exact_p_equals_enumeration_of_all_sign_patterns()
    {
        for (var n = 1; n <= 12; n++)
        {
            // Sum of positive ranks for each of the 2^n sign patterns.
            var sums = new int[1 << n];
            for (var mask = 0; mask < sums.Length; mask++)
                for (var k = 0; k < n; k++)
                    if ((mask >> k & 1) == 1) sums[mask] += k + 1;

            var mean = n * (n + 1) / 4.0;
            for (var v = 0; v <= n * (n + 1) / 2; v++)
            {
                var extreme = sums.Count(s => Math.Abs(s - mean) >= Math.Abs(v - mean));
                var expected = Math.Min(1, (double)extreme / sums.Length);
                Assert.Equal(expected, WilcoxonSignedRank.ExactP(v, n), 12);
            }
        }
    }

    [Fact]
    public void Signed_rank_exact_minimum_p_at_n_6_is_1_over_32()
    {
        // All six differences positive: V = 21, p = 2 / 2^6 (R: wilcox.test(1:6, rep(0, 6), paired = TRUE) -> 0.03125).
        var r = WilcoxonSignedRank.Test([1.0, 2, 3, 4, 5, 6], [0.0, 0, 0, 0, 0, 0]);
        Assert.True(r.Exact);
        Assert.Equal(21, r.V);
        Assert.Equal(0.03125, r.P!.Value, 12);
    }

    [Fact]
    public void Signed_rank_switches_to_the_approximation_above_50_pairs()
    {
        double[] Diffs(int n) => Enumerable.Range(1, n).Select(i => i % 3 == 0 ? -i : (double)i).ToArray();
        var at50 = WilcoxonSignedRank.Test(Diffs(50), new double[50]);
        var at51 = WilcoxonSignedRank.Test(Diffs(51), new double[51]);
        Assert.True(at50.Exact);
        Assert.False(at51.Exact);
        // Near 50 the exact and the approximate p agree closely.
        var approx50 = ApproxSignedRankP(at50.V, 50);
        Assert.InRange(at50.P!.Value, approx50 - 0.005, approx50 + 0.005);
    }

    private static double ApproxSignedRankP(double v, int n)
    {
        var mean = n * (n + 1) / 4.0;
        var sd = Math.Sqrt(n * (n + 1.0) * (2 * n + 1) / 24);
        var z = (Math.Abs(v - mean) - 0.5) / sd;
        return 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -z);
    }
}
