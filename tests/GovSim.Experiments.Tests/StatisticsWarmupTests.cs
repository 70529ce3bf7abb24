using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Tests;

public class StatisticsWarmupTests
{
    private static double Noise(Random random) => random.NextDouble() * 4 - 2; // uniform ±2

    [Fact]
    public void A_clear_initial_transient_is_cut_near_its_end()
    {
        var random = new Random(1);
        var series = Enumerable.Range(0, 50).Select(i => 100 - 90.0 * i / 49)
            .Concat(Enumerable.Range(0, 200).Select(_ => 10 + Noise(random))).ToArray();
        var result = Mser.Truncation(series);
        Assert.Equal(50, result.Batches);
        Assert.InRange(result.TruncateObservations, 40, 60);
    }

    [Fact]
    public void Stationary_noise_is_barely_truncated()
    {
        var random = new Random(1);
        var series = Enumerable.Range(0, 250).Select(_ => 10 + Noise(random)).ToArray();
        Assert.True(Mser.Truncation(series).TruncateObservations < 0.2 * series.Length);
    }

    [Fact]
    public void The_statistic_matches_a_hand_computation()
    {
        // Batch size 1, k = 5, d ≤ 2: MSER(0) = 10/25, MSER(1) = 5/16, MSER(2) = 2/9 (tail 3, 2, 4 around 3).
        var result = Mser.Truncation([5, 1, 3, 2, 4], batch: 1);
        Assert.Equal(2, result.TruncateObservations);
        Assert.Equal(5, result.Batches);
        Assert.Equal(2.0 / 9, result.Statistic, 12);
    }

    [Fact]
    public void Batches_are_means_the_incomplete_last_one_is_dropped_and_ties_keep_the_smallest_cut()
    {
        // Batch means 8, 2, 2, 2 (the lone 1000 is an incomplete batch): MSER(1) = MSER(2) = 0, so cut one batch.
        var result = Mser.Truncation([10, 6, 3, 1, 2, 2, 1, 3, 1000], batch: 2);
        Assert.Equal(new MserResult(2, 4, 0), result);
        Assert.Equal(0, Mser.Truncation([4, 4, 4, 4, 4, 4]).TruncateObservations); // flat: nothing to gain
    }

    [Fact]
    public void Short_series_are_not_truncated_and_gaps_are_rejected()
    {
        var result = Mser.Truncation([1, 2, 3, 4, 5, 6, 7, 8, 9]);
        Assert.Equal(0, result.TruncateObservations);
        Assert.Equal(1, result.Batches);
        Assert.Throws<ArgumentException>(() => Mser.Truncation([1, double.NaN, 3]));
        Assert.Throws<ArgumentException>(() => Mser.Truncation([1, double.PositiveInfinity, 3]));
    }
}
