using GovSim.Experiments.Statistics;
using MathNet.Numerics.Statistics;

namespace GovSim.Experiments.Tests;

public class StatisticsSurvivalTests
{
    private static (double, bool)[] Uncensored(params double[] times) => times.Select(t => (t, true)).ToArray();

    [Theory]
    [InlineData(new[] { 5.0, 1, 3 })]
    [InlineData(new[] { 4.0, 1, 3, 2 })]
    [InlineData(new[] { 1.0, 2, 2, 3 })]
    [InlineData(new[] { 1.0, 2, 3, 3 })]
    [InlineData(new[] { 7.0, 7, 7, 7 })]
    [InlineData(new[] { 0.3, 0.1, 0.7, 0.2, 0.9, 0.4 })] // 1 - 1/6 - ... must still hit 0.5 despite rounding
    [InlineData(new[] { 2.0, 9, 4, 4, 8, 1, 6, 6, 3, 5 })]
    public void Without_censoring_the_median_is_the_type_7_sample_median(double[] data)
    {
        var curve = KaplanMeier.Fit(Uncensored(data));
        Assert.Equal(data.QuantileCustom(0.5, QuantileDefinition.R7), curve.Median!.Value, 12);
    }

    [Fact]
    public void Without_censoring_the_restricted_mean_beyond_the_last_time_is_the_sample_mean()
    {
        double[] data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
        var curve = KaplanMeier.Fit(Uncensored(data));
        Assert.Equal(data.Average(), curve.RestrictedMean(100), 12);
        Assert.Equal(data.Average(), curve.RestrictedMean(9), 12);
        // A shorter horizon is the mean of the times capped at it: 1·1 + 0.8·1 + 0.7·1 + 0.5·1 under the steps.
        Assert.Equal(data.Average(x => Math.Min(x, 4)), curve.RestrictedMean(4), 12);
        Assert.Equal(3.0, curve.RestrictedMean(4), 12);
    }

    [Fact]
    public void Freireich_6_MP_group_matches_R()
    {
        // Freireich et al. (1963), 6-MP arm; negative = censored. R: survfit(Surv(time, status) ~ 1) gives median 23.
        double[] raw = [6, 6, 6, -6, 7, -9, 10, -10, -11, 13, 16, -17, -19, -20, 22, 23, -25, -32, -32, -34, -35];
        var curve = KaplanMeier.Fit(raw.Select(t => (Math.Abs(t), t > 0)).ToArray());

        Assert.Equal(21, curve.N);
        Assert.Equal([6.0, 7, 10, 13, 16, 22, 23], curve.Times);
        double[] expected = [0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482];
        Assert.All(expected.Zip(curve.Survival), p => Assert.Equal(p.First, p.Second, 4));
        Assert.Equal(23, curve.Median);
        // RMST to 35 as exact fractions, the step heights times their widths:
        // 6·1 + 1·S(6) + 3·S(7) + 3·S(10) + 3·S(13) + 6·S(16) + 1·S(22) + 12·S(23) = 13856/595.
        Assert.Equal(13856.0 / 595, curve.RestrictedMean(35), 12);
    }

    [Fact]
    public void A_censoring_tied_with_an_event_is_still_at_risk_at_that_time()
    {
        var curve = KaplanMeier.Fit([(1, true), (2, true), (2, false), (3, true)]);
        // At 2 three are at risk (censoring-first would leave two and give 0.75 · 1/2 = 0.375).
        Assert.Equal([0.75, 0.5, 0], curve.Survival);
        Assert.Equal(2.5, curve.Median); // S = 0.5 on [2, 3): the midpoint
    }

    [Fact]
    public void Survival_ending_exactly_at_one_half_gives_that_time_as_median()
    {
        // S = 0.5 after 2, then only censorings: no next event to average with, so R reports 2.
        var curve = KaplanMeier.Fit([(1, false), (2, true), (3, false)]);
        Assert.Equal([0.5], curve.Survival);
        Assert.Equal(2, curve.Median);
    }

    [Fact]
    public void All_censored_or_empty_has_no_median()
    {
        var censored = KaplanMeier.Fit([(1, false), (4, false), (9, false)]);
        Assert.Null(censored.Median);
        Assert.Empty(censored.Times);
        Assert.Equal(5, censored.RestrictedMean(5)); // nobody died: S = 1 throughout

        var empty = KaplanMeier.Fit([]);
        Assert.Null(empty.Median);
        Assert.Equal(0, empty.N);
        Assert.True(double.IsNaN(empty.RestrictedMean(5)));
    }

    [Fact]
    public void Median_is_null_when_survival_stays_above_one_half()
    {
        var curve = KaplanMeier.Fit([(1, true), (2, false), (3, false), (4, false)]);
        Assert.Null(curve.Median);
    }

    [Fact]
    public void Invalid_times_and_horizons_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([(double.NaN, true)]));
        Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([(-1, true)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeier.Fit(Uncensored(1)).RestrictedMean(-1));
    }
}
