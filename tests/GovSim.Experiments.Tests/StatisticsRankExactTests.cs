using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Tests;

/// <summary>Mann–Whitney U (exact and approximate) and Welch t against R and brute force.</summary>
public class StatisticsRankExactTests
{
    private static readonly double[] Sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] Sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    [Fact]
    public void Four_against_four_fully_separated_gives_2_over_70()
    {
        // R: wilcox.test(1:4, 5:8) -> W = 0, p-value = 0.02857
        var low = MannWhitney.Test([1.0, 2, 3, 4], [5.0, 6, 7, 8]);
        Assert.True(low.Exact);
        Assert.Equal(0, low.U);
        Assert.Equal(2.0 / 70, low.P!.Value, 12);
        Assert.Equal(-1, low.RankBiserial, 12);

        var high = MannWhitney.Test([5.0, 6, 7, 8], [1.0, 2, 3, 4]);
        Assert.Equal(16, high.U);
        Assert.Equal(0.02857143, high.P!.Value, 8);
        Assert.Equal(1, high.RankBiserial, 12);
        Assert.Equal("0.029", PValue.Format(high.P));
    }

    [Fact]
    public void Exact_p_equals_enumeration_of_all_orderings()
    {
        foreach (var (n1, n2) in new[] { (1, 1), (1, 4), (3, 5), (4, 4), (5, 3), (4, 7), (6, 6) })
        {
            // U of every way to choose which n1 of the n1 + n2 ranks belong to the first sample.
            var us = new List<int>();
            var n = n1 + n2;
            for (var mask = 0; mask < 1 << n; mask++)
            {
                if (System.Numerics.BitOperations.PopCount((uint)mask) != n1) continue;
                int u = 0, bsBelow = 0;
                for (var k = 0; k < n; k++)
                    if ((mask >> k & 1) == 1) u += bsBelow;
                    else bsBelow++;
                us.Add(u);
            }

            var mean = n1 * n2 / 2.0;
            for (var u = 0; u <= n1 * n2; u++)
            {
                var extreme = us.Count(x => Math.Abs(x - mean) >= Math.Abs(u - mean));
                var expected = Math.Min(1, (double)extreme / us.Count);
                Assert.Equal(expected, MannWhitney.ExactP(u, n1, n2), 12);
            }
        }
    }

    [Fact]
    public void Exact_p_on_the_R_help_example_matches_R()
    {
        // R ?wilcox.test: wilcox.test(x, y, alternative = "g") -> W = 35, p-value = 0.1272; two-sided is twice that.
        double[] x = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
        double[] y = [1.15, 0.88, 0.90, 0.74, 1.21];
        var r = MannWhitney.Test(x, y);
        Assert.True(r.Exact);
        Assert.Equal(35, r.U);
        Assert.InRange(r.P!.Value, 2 * 0.12715, 2 * 0.12725);
    }

    [Fact]
    public void Ties_use_the_normal_approximation_and_match_R()
    {
        // R: wilcox.test(extra ~ group, data = sleep) -> W = 25.5, p-value = 0.06933 (ties: normal approximation)
        var r = MannWhitney.Test(Sleep1, Sleep2);
        Assert.False(r.Exact);
        Assert.Equal(25.5, r.U);
        Assert.InRange(r.P!.Value, 0.069325, 0.069335);
    }

    [Fact]
    public void Large_samples_use_the_normal_approximation()
    {
        var a = Enumerable.Range(0, 51).Select(i => 2.0 * i).ToArray();
        var b = Enumerable.Range(0, 50).Select(i => 2.0 * i + 1.3).ToArray();
        Assert.False(MannWhitney.Test(a, b).Exact);
        var r50 = MannWhitney.Test(a[..50], b);
        Assert.True(r50.Exact);
        // At 50 vs 50 the exact p and the normal approximation (continuity-corrected, no ties) agree closely.
        var z = (Math.Abs(r50.U - 1250) - 0.5) / Math.Sqrt(50.0 * 50 * 101 / 12);
        var approx = 2 * (1 - MathNet.Numerics.Distributions.Normal.CDF(0, 1, z));
        Assert.InRange(r50.P!.Value, approx - 0.005, approx + 0.005);
    }

    [Fact]
    public void All_values_equal_gives_no_p()
    {
        var r = MannWhitney.Test([1.0, 1], [1.0, 1, 1]);
        Assert.Null(r.P);
        Assert.Equal(0, r.RankBiserial, 12);
    }

    [Fact]
    public void Welch_t_on_sleep_matches_R()
    {
        // R: t.test(extra ~ group, data = sleep)
        // t = -1.8608, df = 17.776, p-value = 0.07939; 95 % CI -3.3654832 0.2054832
        var r = WelchT.Test(Sleep1, Sleep2);
        Assert.Equal(-1.58, r.Difference, 12);
        Assert.Equal(-1.8608, r.T!.Value, 4);
        Assert.Equal(17.776, r.Df!.Value, 3);
        Assert.InRange(r.P!.Value, 0.079385, 0.079395);
        Assert.Equal(-3.3654832, r.CiLow!.Value, 6);
        Assert.Equal(0.2054832, r.CiHigh!.Value, 6);
    }
}
