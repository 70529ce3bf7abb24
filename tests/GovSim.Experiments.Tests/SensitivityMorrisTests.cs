using GovSim.Experiments.Statistics.Sensitivity;

namespace GovSim.Experiments.Tests;

public class SensitivityMorrisTests
{
    private static double[] Run(MorrisDesign design, Func<double[], double> model) => design.Points().Select(model).ToArray();

    /// <summary>Sobol's g-function: input i matters less the larger a_i; a = 99 makes an input all but inert.</summary>
    private static double G(double[] x, double[] a) =>
        Enumerable.Range(0, a.Length).Aggregate(1.0, (product, i) => product * (Math.Abs(4 * x[i] - 2) + a[i]) / (1 + a[i]));

    [Fact]
    public void Each_trajectory_moves_every_input_once_by_delta_on_the_grid()
    {
        const int k = 5, r = 12, p = 6;
        var design = MorrisDesign.Create(k, r, p, seed: 8);
        Assert.Equal(p / (2.0 * (p - 1)), design.Delta);
        Assert.Equal(r * (k + 1), design.PointCount);
        var points = design.Points().ToArray();
        foreach (var x in points.SelectMany(point => point))
        {
            Assert.InRange(x, 0.0, 1.0);
            Assert.Equal(Math.Round(x * (p - 1)), x * (p - 1), 9);
        }
        for (var t = 0; t < r; t++)
        {
            var moved = new HashSet<int>();
            for (var s = 1; s <= k; s++)
            {
                var (before, after) = (points[t * (k + 1) + s - 1], points[t * (k + 1) + s]);
                var changed = Enumerable.Range(0, k).Where(i => before[i] != after[i]).ToArray();
                Assert.Equal([design.MovedInput(t, s)], changed);
                Assert.Equal(design.StepSize(t, s), after[changed[0]] - before[changed[0]], 12);
                Assert.Equal(design.Delta, Math.Abs(design.StepSize(t, s)), 12);
                moved.Add(changed[0]);
            }
            Assert.Equal(k, moved.Count);
        }
        // Both directions and several starting levels occur.
        Assert.Contains(Enumerable.Range(0, r), t => design.StepSize(t, 1) < 0);
        Assert.Contains(Enumerable.Range(0, r), t => design.StepSize(t, 1) > 0);
        Assert.True(points.Select(point => point[0]).Distinct().Count() >= 4);
    }

    [Fact]
    public void Inputs_the_function_ignores_have_zero_effects_and_the_active_ones_rank_by_strength()
    {
        // k = 6, only x1, x2, x3 matter: EE1 = 10 + 4·x2 ∈ [10, 14], EE2 = 5 + 4·x1 ∈ [5, 9], EE3 = 2.
        var design = MorrisDesign.Create(6, 20, 4, seed: 1);
        var result = MorrisAnalysis.Analyze(design, Run(design, x => 10 * x[0] + 5 * x[1] + 2 * x[2] + 4 * x[0] * x[1]),
            bootstrapResamples: 500, seed: 2, names: ["a", "b", "c", "d", "e", "f"]);
        var muStar = result.Inputs.Select(e => e.MuStar.Value).ToArray();
        Assert.Equal(["a", "b", "c", "d", "e", "f"], result.Inputs.Select(e => e.Name));
        Assert.InRange(muStar[0], 10, 14);
        Assert.InRange(muStar[1], 5, 9);
        Assert.Equal(2, muStar[2], 9);
        Assert.Equal(0, result.Inputs[2].Sigma, 9);
        Assert.True(result.Inputs[0].Sigma > 0);
        for (var i = 3; i < 6; i++)
        {
            Assert.Equal(0, muStar[i]);
            Assert.Equal(0, result.Inputs[i].Mu);
            Assert.Equal(0, result.Inputs[i].Sigma);
            Assert.Equal(new IntervalEstimate(0, 0, 0), result.Inputs[i].MuStar);
        }
        Assert.Equal(muStar[0], result.Inputs[0].Mu, 9); // effects all positive: μ = μ*
        Assert.True(result.Inputs[0].MuStar.Lower > result.Inputs[1].MuStar.Upper);
        Assert.True(result.Inputs[0].MuStar.Contains(muStar[0]));
    }

    [Fact]
    public void The_g_function_screens_out_its_inert_inputs_and_ranks_the_rest()
    {
        double[] a = [0, 1, 4.5, 99, 99, 99];
        var design = MorrisDesign.Create(6, 50, 4, seed: 3);
        var result = MorrisAnalysis.Analyze(design, Run(design, x => G(x, a)), bootstrapResamples: 500, seed: 4);
        var muStar = result.Inputs.Select(e => e.MuStar.Value).ToArray();
        var ranking = Enumerable.Range(0, 6).OrderByDescending(i => muStar[i]).ToArray();
        Assert.Equal([0, 1, 2], ranking[..3]);
        for (var i = 3; i < 6; i++)
        {
            Assert.True(muStar[i] < 0.05 * muStar[0], $"x{i + 1}: μ* = {muStar[i]:F4} against {muStar[0]:F4}");
            Assert.True(result.Inputs[i].MuStar.Upper < result.Inputs[2].MuStar.Lower);
        }
        // |4x − 2| is symmetric: moving up and down cancel on average, so μ is far below μ* for x1.
        Assert.True(Math.Abs(result.Inputs[0].Mu) < 0.5 * muStar[0]);
    }

    [Fact]
    public void Same_seed_gives_identical_designs_and_results()
    {
        static double[] Flatten(MorrisResult r) =>
            r.Inputs.SelectMany(e => new[] { e.Mu, e.MuStar.Value, e.MuStar.Lower, e.MuStar.Upper, e.Sigma }).ToArray();
        double[] a = [0, 1, 9, 99];
        MorrisResult Once(int designSeed, int bootstrapSeed)
        {
            var design = MorrisDesign.Create(4, 10, 4, designSeed);
            return MorrisAnalysis.Analyze(design, Run(design, x => G(x, a)), 200, bootstrapSeed);
        }
        Assert.Equal(MorrisDesign.Create(4, 10, 4, 5).Points(), MorrisDesign.Create(4, 10, 4, 5).Points());
        Assert.NotEqual(MorrisDesign.Create(4, 10, 4, 5).Points(), MorrisDesign.Create(4, 10, 4, 6).Points());
        Assert.Equal(Flatten(Once(5, 1)), Flatten(Once(5, 1)));
        Assert.NotEqual(Flatten(Once(5, 1)), Flatten(Once(5, 2)));
    }

    [Fact]
    public void Odd_levels_and_wrong_output_counts_are_refused()
    {
        Assert.Throws<ArgumentException>(() => MorrisDesign.Create(3, 4, 5, 0));
        var design = MorrisDesign.Create(3, 4, 4, 0);
        Assert.Throws<ArgumentException>(() => MorrisAnalysis.Analyze(design, new double[design.PointCount - 1], 0, 0));
        Assert.True(double.IsNaN(MorrisAnalysis.Analyze(MorrisDesign.Create(2, 1, 4, 0), new double[3], 0, 0).Inputs[0].Sigma));
    }
}
