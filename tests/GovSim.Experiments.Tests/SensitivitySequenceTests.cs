using GovSim.Experiments.Statistics.Sensitivity;

namespace GovSim.Experiments.Tests;

public class SensitivitySequenceTests
{
    [Fact]
    public void First_points_match_the_published_unscrambled_Sobol_sequence()
    {
        // Joe and Kuo's reference generator (Gray-code order); point 0 is the origin. Dimension 3 by hand:
        // s = 2, a = 1, m = (1, 3) gives m_3 = 2·3 ⊕ 4·1 ⊕ 1 = 3, so v = (1/2, 3/4, 3/8).
        double[][] expected =
        [
            [0, 0, 0],
            [0.5, 0.5, 0.5],
            [0.75, 0.25, 0.25],
            [0.25, 0.75, 0.75],
            [0.375, 0.375, 0.625],
            [0.875, 0.875, 0.125],
            [0.625, 0.125, 0.875],
            [0.125, 0.625, 0.375],
            [0.1875, 0.3125, 0.9375],
            [0.6875, 0.8125, 0.4375],
        ];
        var sequence = new SobolSequence(3);
        for (var n = 0; n < expected.Length; n++) Assert.Equal(expected[n], sequence.Point(n));
    }

    [Fact]
    public void Dimension_four_follows_its_degree_three_polynomial()
    {
        // s = 3, a = 1: x³ + 0·x² + 1·x + 1, m = (1, 3, 1). Bratley–Fox: m_4 = 2·0·m_3 ⊕ 4·1·m_2 ⊕ 8·m_1 ⊕ m_1
        // = 12 ⊕ 8 ⊕ 1 = 5 (reading a's bits the other way round would give 11). In sixteenths
        // v = (8, 12, 2, 5); Gray codes of 1…8 are 1, 3, 2, 6, 7, 5, 4, 12.
        var sequence = new SobolSequence(4);
        Assert.Equal([8, 4, 12, 14, 6, 10, 2, 7], Enumerable.Range(1, 8).Select(n => sequence.Point(n)[3] * 16));
    }

    [Theory]
    [InlineData(SobolScrambling.None)]
    [InlineData(SobolScrambling.DigitalShift)]
    [InlineData(SobolScrambling.Owen)]
    public void Every_dimension_puts_one_point_in_each_dyadic_interval(SobolScrambling scrambling)
    {
        // Holds for all 128 dimensions only if every embedded m_j is odd and below 2^j and the recurrence is right;
        // scrambling must preserve it. Points must also lie in [0, 1).
        var sequence = new SobolSequence(SobolSequence.MaxDimensions, scrambling, seed: 11);
        var points = sequence.Points(1024);
        foreach (var x in points.SelectMany(p => p)) Assert.InRange(x, 0.0, Math.BitDecrement(1.0));
        for (var d = 0; d < SobolSequence.MaxDimensions; d++)
            foreach (var m in new[] { 1, 4, 10 })
            {
                var cells = points.Take(1 << m).Select(p => (int)(p[d] * (1 << m))).Distinct().Count();
                Assert.True(cells == 1 << m, $"dimension {d + 1}, 2^{m} points fill {cells} of {1 << m} intervals");
            }
    }

    [Fact]
    public void The_first_two_dimensions_form_a_zero_net_in_every_elementary_rectangle()
    {
        // (0, m, 2)-net: 64 points, one in each 2^-a × 2^-(6-a) box, for every a.
        var points = new SobolSequence(2).Points(64);
        for (var a = 0; a <= 6; a++)
        {
            var boxes = points.Select(p => ((int)(p[0] * (1 << a)), (int)(p[1] * (1 << (6 - a))))).Distinct().Count();
            Assert.Equal(64, boxes);
        }
    }

    [Theory]
    [InlineData(SobolScrambling.DigitalShift)]
    [InlineData(SobolScrambling.Owen)]
    public void Scrambling_is_reproducible_by_seed_and_changes_with_it(SobolScrambling scrambling)
    {
        var first = new SobolSequence(5, scrambling, seed: 42).Points(64);
        var again = new SobolSequence(5, scrambling, seed: 42).Points(64);
        var other = new SobolSequence(5, scrambling, seed: 43).Points(64);
        var plain = new SobolSequence(5).Points(64);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEqual(first, plain);
    }

    [Fact]
    public void Owen_scrambling_is_not_a_mere_shift()
    {
        // A digital shift XORs every point with the same word, so x(n) ⊕ x(0) is the unscrambled point; Owen's
        // nested scramble flips lower bits depending on the upper ones, which breaks that identity.
        static uint Word(double x) => (uint)(x * 4294967296.0);
        var shifted = new SobolSequence(1, SobolScrambling.DigitalShift, seed: 5).Points(16);
        var owen = new SobolSequence(1, SobolScrambling.Owen, seed: 5).Points(16);
        var plain = new SobolSequence(1).Points(16);
        Assert.All(Enumerable.Range(0, 16), n => Assert.Equal(Word(plain[n][0]), Word(shifted[n][0]) ^ Word(shifted[0][0])));
        Assert.Contains(Enumerable.Range(0, 16), n => Word(plain[n][0]) != (Word(owen[n][0]) ^ Word(owen[0][0])));
    }

    [Fact]
    public void Latin_hypercube_has_exactly_one_point_per_stratum_in_each_column()
    {
        const int n = 97, k = 7;
        var sample = LatinHypercube.Sample(n, k, seed: 3);
        Assert.Equal(n, sample.Length);
        for (var d = 0; d < k; d++)
        {
            var strata = sample.Select(p => (int)Math.Floor(p[d] * n)).OrderBy(s => s).ToArray();
            Assert.Equal(Enumerable.Range(0, n), strata);
            Assert.All(sample, p => Assert.InRange(p[d], 0.0, Math.BitDecrement(1.0)));
        }
    }

    [Fact]
    public void Latin_hypercube_is_reproducible_by_seed_and_changes_with_it()
    {
        Assert.Equal(LatinHypercube.Sample(50, 4, seed: 9), LatinHypercube.Sample(50, 4, seed: 9));
        Assert.NotEqual(LatinHypercube.Sample(50, 4, seed: 9), LatinHypercube.Sample(50, 4, seed: 10));
    }
}
