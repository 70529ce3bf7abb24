using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Tests;

public class StatisticsFactorialTests
{
    /// <summary>y = 10 + a-effect + b-effect (+ an a1×b1 interaction when asked) + noise, 6 replications per cell.</summary>
    private static List<(string[] Levels, double Y)> Synthetic(double interaction, int seed = 5)
    {
        var a = new Dictionary<string, double> { ["a1"] = 2, ["a2"] = 0, ["a3"] = -2 };
        var b = new Dictionary<string, double> { ["b1"] = 1, ["b2"] = -1 };
        var random = new Random(seed);
        var rows = new List<(string[], double)>();
        foreach (var (la, ea) in a)
            foreach (var (lb, eb) in b)
                for (var r = 0; r < 6; r++)
                {
                    var cell = la == "a1" && lb == "b1" ? interaction : la == "a1" && lb == "b2" ? -interaction : 0;
                    var noise = MathNet.Numerics.Distributions.Normal.Sample(random, 0, 0.3);
                    rows.Add(([la, lb], 10 + ea + eb + cell + noise));
                }

        return rows;
    }

    [Fact]
    public void Known_main_effects_are_recovered_within_their_intervals_and_no_interaction_is_found()
    {
        var model = FactorialModel.Fit(["a", "b"], Synthetic(0))!;
        Assert.True(model.Interactions);
        Assert.Equal(10, model.GrandMean, 0.2);
        foreach (var (level, truth) in new[] { ("a1", 2.0), ("a2", 0.0), ("a3", -2.0), ("b1", 1.0), ("b2", -1.0) })
        {
            var e = model.Effects.Single(x => x.Level == level);
            Assert.True(e.CiLow <= truth && truth <= e.CiHigh, $"{level}: {e.Estimate} [{e.CiLow}, {e.CiHigh}] misses {truth}");
            Assert.True(e.CiHigh - e.CiLow < 0.6, $"{level}: interval too wide to mean anything");
        }

        Assert.True(model.Tests.Single(t => t.Term == "a").P < 1e-10);
        Assert.True(model.Tests.Single(t => t.Term == "b").P < 1e-10);
        Assert.True(model.Tests.Single(t => t.Term == "a × b").P > 0.001);
    }

    [Fact]
    public void A_known_interaction_is_found_and_estimated()
    {
        var model = FactorialModel.Fit(["a", "b"], Synthetic(1.5))!;
        Assert.True(model.Tests.Single(t => t.Term == "a × b").P < 1e-6);
        var cell = model.Effects.Single(e => e.Term == "a × b" && e.Level == "a1 × b1");
        // The a1×b1 deviation of +1.5 (and −1.5 at a1×b2), centred over the other a levels: 1.5 − 1.5/3 = 1.0.
        Assert.True(cell.CiLow <= 1.0 && 1.0 <= cell.CiHigh, $"{cell.Estimate} [{cell.CiLow}, {cell.CiHigh}]");
    }

    [Fact]
    public void A_factor_with_one_level_or_too_few_runs_gives_no_model()
    {
        Assert.Null(FactorialModel.Fit(["a"], [(["x"], 1.0), (["x"], 2.0), (["x"], 3.0)]));
        Assert.Null(FactorialModel.Fit(["a"], [(["x"], 1.0), (["y"], 2.0)]));
    }

    [Fact]
    public void Runs_that_share_seeds_are_paired_by_seed_and_others_are_not()
    {
        var a = new (string, double?)[] { ("7", 1.0), ("3", 2.0), ("5", 3.0) };
        var b = new (string, double?)[] { ("5", 30.0), ("7", 10.0), ("3", 20.0) };
        var paired = PairedSamples.Of(a, b);
        Assert.True(paired.Paired);
        Assert.Equal([2.0, 3.0, 1.0], paired.A); // ordered by seed: 3, 5, 7
        Assert.Equal([20.0, 30.0, 10.0], paired.B);

        var independent = PairedSamples.Of(a, [("8", 1.0), ("9", 2.0), ("10", 3.0)]);
        Assert.False(independent.Paired);

        var missing = PairedSamples.Of(a, [("5", 30.0), ("7", null), ("3", 20.0)]);
        Assert.True(missing.Paired);
        Assert.Equal([2.0, 3.0], missing.A); // seed 7's pair dropped on both sides
    }
}
