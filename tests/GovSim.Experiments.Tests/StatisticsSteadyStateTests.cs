using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Tests;

public class StatisticsSteadyStateTests
{
    private static double Noise(Random random) => random.NextDouble() * 2 - 1; // uniform ±1

    [Fact]
    public void A_ramp_with_small_noise_is_growing()
    {
        var random = new Random(1);
        var daily = Enumerable.Range(0, 60).Select(day => 5 + 2.0 * day + Noise(random)).ToArray();
        var trend = SteadyState.SecondHalfTrend(daily);
        Assert.True(trend.Growing);
        Assert.InRange(2.0, trend.Lower, trend.Upper);
        Assert.Equal(daily.Skip(30).Average(), trend.Mean, 12);
    }

    [Fact]
    public void Flat_noise_is_not_growing()
    {
        var random = new Random(1);
        var daily = Enumerable.Range(0, 60).Select(_ => 10 + Noise(random)).ToArray();
        var trend = SteadyState.SecondHalfTrend(daily);
        Assert.False(trend.Growing);
        Assert.InRange(0.0, trend.Lower, trend.Upper);
    }

    [Fact]
    public void A_significant_but_immaterial_rise_is_not_growing()
    {
        var daily = Enumerable.Range(0, 60).Select(day => 1000 + 0.001 * day).ToArray();
        var trend = SteadyState.SecondHalfTrend(daily);
        Assert.True(trend.Lower > 0); // significant: an exact line
        Assert.Equal(0.001, trend.Slope, 9);
        Assert.False(trend.Growing); // but 0.03 over the half of a level of 1000
    }

    [Fact]
    public void A_warm_up_ramp_in_the_first_half_is_ignored()
    {
        // Only the last floor(9/2) = 4 days count: 1, 2, 2, 4. By hand: slope 4.5 / 5 = 0.9, SSE 0.7 on 2 df,
        // se = sqrt(0.35 / 5), t(0.975, 2) = (2p - 1) sqrt(2 / (4p(1 - p))) = 4.302653 in closed form for 2 df.
        var trend = SteadyState.SecondHalfTrend([0, 50, 100, 150, 200, 1, 2, 2, 4]);
        var half = 0.95 * Math.Sqrt(2 / 0.0975) * Math.Sqrt(0.35 / 5);
        Assert.Equal(0.9, trend.Slope, 12);
        Assert.Equal(0.9 - half, trend.Lower, 9);
        Assert.Equal(0.9 + half, trend.Upper, 9);
        Assert.Equal(2.25, trend.Mean, 12);
        Assert.False(trend.Growing);
    }

    [Fact]
    public void Too_short_a_half_gives_no_trend()
    {
        var trend = SteadyState.SecondHalfTrend([1, 2, 3, 4, 5, 6, 7]);
        Assert.True(double.IsNaN(trend.Slope) && double.IsNaN(trend.Lower) && double.IsNaN(trend.Upper));
        Assert.Equal(6, trend.Mean, 12);
        Assert.False(trend.Growing);
        Assert.Throws<ArgumentException>(() => SteadyState.SecondHalfTrend([1, 2, double.NaN, 4, 5, 6, 7, 8]));
    }
}
