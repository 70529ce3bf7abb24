using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Tests;

/// <summary>The chooser names the tests it used and passes their numbers through.</summary>
public class StatisticsTwoSampleTests
{
    private static readonly double[] Sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] Sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    private static readonly double[] Before = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30];
    private static readonly double[] After = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

    [Fact]
    public void Chooser_names_the_paired_tests_and_reports_their_numbers()
    {
        var r = TwoSampleTest.Choose(Before, After, paired: true);
        Assert.True(r.Paired);
        Assert.Equal("paired t", r.MeanTest);
        Assert.Equal("Wilcoxon signed-rank (exact)", r.RankTest);
        Assert.Equal("Cohen's dz", r.CohensDName);
        Assert.Equal(40, r.RankStatistic);
        Assert.Equal(20.0 / 512, r.RankP!.Value, 12);
        Assert.Equal(8, r.Df);

        var sleep = TwoSampleTest.Choose(Sleep1, Sleep2, paired: true);
        Assert.Equal("Wilcoxon signed-rank (normal approx.)", sleep.RankTest);
        Assert.Equal(-1.58, sleep.Difference, 12);
        Assert.Equal(-2.4598858, sleep.CiLow!.Value, 6);
        Assert.Equal(-0.7001142, sleep.CiHigh!.Value, 6);
        Assert.Equal(-4.0621, sleep.T!.Value, 4);
    }

    [Fact]
    public void Chooser_names_the_unpaired_tests()
    {
        var small = TwoSampleTest.Choose([5.0, 6, 7, 8], [1.0, 2, 3, 4], paired: false);
        Assert.False(small.Paired);
        Assert.Equal("Welch t", small.MeanTest);
        Assert.Equal("Mann–Whitney U (exact)", small.RankTest);
        Assert.Equal("Cohen's d", small.CohensDName);
        Assert.Equal(16, small.RankStatistic);
        Assert.Equal(2.0 / 70, small.RankP!.Value, 12);
        Assert.Equal(4, small.Difference, 12);

        var tied = TwoSampleTest.Choose(Sleep1, Sleep2, paired: false);
        Assert.Equal("Mann–Whitney U (normal approx.)", tied.RankTest);
        Assert.Equal(-3.3654832, tied.CiLow!.Value, 6);

        // Unpaired samples may differ in length.
        Assert.Equal(3, TwoSampleTest.Choose([1.0, 2, 3], [4.0, 5], paired: false).N1);
        Assert.Throws<ArgumentException>(() => TwoSampleTest.Choose([], [1.0], paired: false));
    }

    [Fact]
    public void Paired_choice_requires_equal_lengths()
    {
        Assert.Throws<ArgumentException>(() => TwoSampleTest.Choose([1.0, 2, 3], [1.0, 2], paired: true));
    }
}
