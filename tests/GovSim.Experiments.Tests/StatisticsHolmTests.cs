using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Tests;

/// <summary>Holm–Bonferroni adjustment and p-value formatting.</summary>
public class StatisticsHolmTests
{
    [Fact]
    public void Holm_matches_R()
    {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") -> 0.03 0.06 0.06 0.02
        var adjusted = Holm.Adjust([0.01, 0.04, 0.03, 0.005]);
        Assert.Equal(4, adjusted.Length);
        double[] expected = [0.03, 0.06, 0.06, 0.02];
        for (var i = 0; i < 4; i++) Assert.Equal(expected[i], adjusted[i]!.Value, 12);
    }

    [Fact]
    public void Holm_passes_nulls_through_without_counting_them()
    {
        // R: p.adjust(c(0.01, NA, 0.04, 0.03, NA, 0.005), "holm") -> 0.03 NA 0.06 0.06 NA 0.02
        var adjusted = Holm.Adjust([0.01, null, 0.04, 0.03, null, 0.005]);
        Assert.Null(adjusted[1]);
        Assert.Null(adjusted[4]);
        Assert.Equal(0.03, adjusted[0]!.Value, 12);
        Assert.Equal(0.06, adjusted[2]!.Value, 12);
        Assert.Equal(0.06, adjusted[3]!.Value, 12);
        Assert.Equal(0.02, adjusted[5]!.Value, 12);
        Assert.Empty(Holm.Adjust([]));
        Assert.Null(Holm.Adjust([null])[0]);
    }

    [Fact]
    public void Holm_is_capped_at_1_and_monotone_in_p()
    {
        // R: p.adjust(c(0.5, 0.6, 0.02, 0.9), "holm") -> 1.00 1.00 0.08 1.00
        var adjusted = Holm.Adjust([0.5, 0.6, 0.02, 0.9]);
        Assert.Equal([1.0, 1.0, 0.08, 1.0], adjusted.Select(p => Math.Round(p!.Value, 12)));

        var random = new Random(7);
        var p = Enumerable.Range(0, 40).Select(_ => (double?)Math.Pow(random.NextDouble(), 3)).ToArray();
        var adj = Holm.Adjust(p);
        var order = Enumerable.Range(0, p.Length).OrderBy(i => p[i]).ToArray();
        for (var k = 0; k < order.Length; k++)
        {
            Assert.True(adj[order[k]] >= p[order[k]]);
            Assert.True(adj[order[k]] <= 1);
            if (k > 0) Assert.True(adj[order[k]] >= adj[order[k - 1]]);
        }
    }

    [Fact]
    public void Holm_rejects_values_that_are_not_p_values()
    {
        Assert.Throws<ArgumentException>(() => Holm.Adjust([0.1, double.NaN]));
        Assert.Throws<ArgumentException>(() => Holm.Adjust([1.5]));
        Assert.Throws<ArgumentException>(() => Holm.Adjust([-0.1]));
    }

    [Theory]
    [InlineData(4.4e-10, "4.4e-10")]
    [InlineData(4.44e-10, "4.4e-10")]
    [InlineData(0.00099, "9.9e-4")]
    [InlineData(0.000123, "1.2e-4")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0271, "0.027")]
    [InlineData(0.02857142857, "0.029")]
    [InlineData(0.5, "0.500")]
    [InlineData(1.0, "1.000")]
    [InlineData(2e-300, "2.0e-300")]
    [InlineData(9e-301, "<1e-300")]
    [InlineData(5e-324, "<1e-300")]
    [InlineData(0.0, "<1e-300")]
    public void P_values_format_for_reports(double p, string expected) => Assert.Equal(expected, PValue.Format(p));

    [Fact]
    public void P_value_formatting_of_null_and_invalid_values()
    {
        Assert.Equal("–", PValue.Format(null));
        Assert.Throws<ArgumentOutOfRangeException>(() => PValue.Format(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => PValue.Format(1.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => PValue.Format(-1e-9));
    }
}
