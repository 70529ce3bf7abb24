using GovSim.Experiments.Statistics.Sensitivity;

namespace GovSim.Experiments.Tests;

public class SensitivitySobolTests
{
    private const double A = 7, B = 0.1;

    /// <summary>Ishigami on [−π, π]³, mapped from the unit cube.</summary>
    private static double Ishigami(double[] u)
    {
        var (x1, x2, x3) = (Math.PI * (2 * u[0] - 1), Math.PI * (2 * u[1] - 1), Math.PI * (2 * u[2] - 1));
        return Math.Sin(x1) + A * Math.Pow(Math.Sin(x2), 2) + B * Math.Pow(x3, 4) * Math.Sin(x1);
    }

    /// <summary>Analytic indices (Ishigami and Homma 1990; S1 ≈ 0.314, 0.442, 0; ST ≈ 0.558, 0.442, 0.244).</summary>
    private static (double[] S1, double[] ST) IshigamiIndices()
    {
        var pi4 = Math.Pow(Math.PI, 4);
        var pi8 = pi4 * pi4;
        var v1 = 0.5 * Math.Pow(1 + B * pi4 / 5, 2);
        var v2 = A * A / 8;
        var v13 = 8 * B * B * pi8 / 225;
        var v = v1 + v2 + v13;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    private static double[] Run(SobolDesign design, Func<double[], double> model) => design.Points().Select(model).ToArray();

    [Fact]
    public void Ishigami_indices_are_recovered_within_their_intervals()
    {
        const int n = 4096;
        var design = SobolDesign.Create(3, n, SampleBase.Sobol, seed: 2024);
        var result = SobolAnalysis.Analyze(3, n, Run(design, Ishigami), bootstrapResamples: 500, seed: 7);
        var (s1, st) = IshigamiIndices();
        Assert.Equal(0.314, s1[0], 0.001);
        Assert.Equal(0.244, st[2], 0.001);
        for (var i = 0; i < 3; i++)
        {
            var index = result.Inputs[i];
            Assert.Equal($"x{i + 1}", index.Name);
            Assert.True(index.FirstOrder.Contains(s1[i]), $"S1[{i}] = {s1[i]:F3} outside {index.FirstOrder}");
            Assert.True(index.Total.Contains(st[i]), $"ST[{i}] = {st[i]:F3} outside {index.Total}");
            Assert.InRange(index.FirstOrder.Value, s1[i] - 0.05, s1[i] + 0.05);
            Assert.InRange(index.Total.Value, st[i] - 0.05, st[i] + 0.05);
            Assert.True(index.FirstOrder.Upper - index.FirstOrder.Lower < 0.15, $"S1[{i}] interval too wide: {index.FirstOrder}");
            Assert.True(index.Total.Upper - index.Total.Lower < 0.15, $"ST[{i}] interval too wide: {index.Total}");
        }
    }

    [Fact]
    public void Ishigami_point_estimates_from_a_Latin_hypercube_base_are_close()
    {
        const int n = 8192;
        var design = SobolDesign.Create(3, n, SampleBase.LatinHypercube, seed: 2024);
        var result = SobolAnalysis.Analyze(design, Run(design, Ishigami), bootstrapResamples: 0, seed: 0);
        var (s1, st) = IshigamiIndices();
        for (var i = 0; i < 3; i++)
        {
            Assert.InRange(result.Inputs[i].FirstOrder.Value, s1[i] - 0.05, s1[i] + 0.05);
            Assert.InRange(result.Inputs[i].Total.Value, st[i] - 0.05, st[i] + 0.05);
        }
    }

    [Fact]
    public void Bootstrap_intervals_cover_the_true_indices_about_as_often_as_stated()
    {
        // With a random (LHS) base the rows are close to independent, so 95 % intervals should miss about 5 % of
        // the time: over 40 designs × 6 indices at least 90 % must cover (a too-narrow interval fails this).
        // Measured when written: 233 of 240.
        var (s1, st) = IshigamiIndices();
        var covered = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            var design = SobolDesign.Create(3, 1024, SampleBase.LatinHypercube, seed);
            var result = SobolAnalysis.Analyze(design, Run(design, Ishigami), bootstrapResamples: 300, seed: 1000 + seed);
            for (var i = 0; i < 3; i++)
                covered += (result.Inputs[i].FirstOrder.Contains(s1[i]) ? 1 : 0) + (result.Inputs[i].Total.Contains(st[i]) ? 1 : 0);
        }
        Assert.InRange(covered, 216, 240);
    }

    [Fact]
    public void An_additive_function_has_first_order_equal_to_total_and_shares_by_weight()
    {
        // f = 4 x1 + 2 x2 + 0 x3 on the unit cube: Var = (16 + 4)/12, S1 = ST = (0.8, 0.2, 0).
        const int n = 1024;
        var design = SobolDesign.Create(3, n, SampleBase.Sobol, seed: 1);
        var result = SobolAnalysis.Analyze(design, Run(design, u => 4 * u[0] + 2 * u[1]), bootstrapResamples: 0, seed: 1);
        double[] expected = [0.8, 0.2, 0];
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], result.Inputs[i].FirstOrder.Value, 0.02);
            Assert.Equal(expected[i], result.Inputs[i].Total.Value, 0.02);
            Assert.True(double.IsNaN(result.Inputs[i].FirstOrder.Lower));
        }
        Assert.Equal(0.0, result.Inputs[2].Total.Value);
        Assert.Equal(20.0 / 12, result.Variance, 0.05);
    }

    [Fact]
    public void Design_points_come_in_the_documented_order()
    {
        const int k = 4, n = 8;
        var design = SobolDesign.Create(k, n, SampleBase.LatinHypercube, seed: 5);
        Assert.Equal(n * (k + 2), design.PointCount);
        var points = design.Points().ToArray();
        Assert.Equal(design.PointCount, points.Length);
        for (var j = 0; j < n; j++)
        {
            Assert.Equal(design.A(j), points[j]);
            Assert.Equal(design.B(j), points[n + j]);
            Assert.NotEqual(design.A(j), design.B(j));
            for (var i = 0; i < k; i++)
            {
                var ab = points[(2 + i) * n + j];
                Assert.Equal(design.AB(i, j), ab);
                for (var c = 0; c < k; c++) Assert.Equal(c == i ? design.B(j)[c] : design.A(j)[c], ab[c]);
            }
        }
        // A and B are the two halves of one Latin hypercube of 2k columns: each column is stratified.
        for (var c = 0; c < k; c++)
        {
            Assert.Equal(Enumerable.Range(0, n), Enumerable.Range(0, n).Select(j => (int)(design.A(j)[c] * n)).Order());
            Assert.Equal(Enumerable.Range(0, n), Enumerable.Range(0, n).Select(j => (int)(design.B(j)[c] * n)).Order());
        }
    }

    [Theory]
    [InlineData(SampleBase.Sobol)]
    [InlineData(SampleBase.LatinHypercube)]
    public void Same_seed_gives_identical_designs_and_results(SampleBase sampleBase)
    {
        static double[] Flatten(SobolResult r) =>
            r.Inputs.SelectMany(i => new[] { i.FirstOrder.Value, i.FirstOrder.Lower, i.FirstOrder.Upper, i.Total.Value, i.Total.Lower, i.Total.Upper })
                .Append(r.Variance).ToArray();
        SobolResult Once(int designSeed, int bootstrapSeed)
        {
            var design = SobolDesign.Create(3, 256, sampleBase, designSeed);
            return SobolAnalysis.Analyze(design, Run(design, Ishigami), 200, bootstrapSeed);
        }
        Assert.Equal(SobolDesign.Create(3, 64, sampleBase, 3).Points(), SobolDesign.Create(3, 64, sampleBase, 3).Points());
        Assert.NotEqual(SobolDesign.Create(3, 64, sampleBase, 3).Points(), SobolDesign.Create(3, 64, sampleBase, 4).Points());
        Assert.Equal(Flatten(Once(3, 9)), Flatten(Once(3, 9)));
        Assert.NotEqual(Flatten(Once(3, 9)), Flatten(Once(3, 10)));
    }

    [Fact]
    public void Outputs_of_the_wrong_count_or_not_finite_are_refused()
    {
        var outputs = new double[SobolDesign.PointCountFor(2, 8)];
        Assert.Throws<ArgumentException>(() => SobolAnalysis.Analyze(2, 8, outputs[1..], 0, 0));
        outputs[3] = double.NaN;
        Assert.Throws<ArgumentException>(() => SobolAnalysis.Analyze(2, 8, outputs, 0, 0));
        Assert.Equal(SampleBase.LatinHypercube, SampleBases.Parse("LHS"));
        Assert.Equal("sobol", SampleBases.Parse(" sobol ").Name());
    }
}
