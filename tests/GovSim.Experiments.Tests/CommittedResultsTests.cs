using GovSim.Experiments.Running;

namespace GovSim.Experiments.Tests;

/// <summary>The committed results are reproducible: a one-point, one-replication sweep gives the committed rows.</summary>
public class CommittedResultsTests
{
    [Fact]
    public async Task A_small_sweep_reproduces_committed_rows_of_the_mode_comparison_byte_for_byte()
    {
        using var dir = new TempDir();
        var experiment = Path.Combine(ProjectPaths.Root, "experiments", "h1-mode-comparison");
        // Same base scenario, base seed and axis as the committed sweep, but one point and one replication.
        var sweep = dir.File("one.yaml",
            $"name: h1-one\nscenario: {Path.Combine(experiment, "scenario.yaml")}\nreplications: 1\nseed: 101\nwrite_cases: false\naxes:\n  - {{key: mode, values: [cyborg]}}\n  - {{key: platform.parallel_dispatch, values: [true]}}\n");
        var outDir = dir.Sub("out");
        Assert.Equal(0, (await Cli.Run("sweep", sweep, "--out", outDir, "--parallel", "1")).ExitCode);

        var committed = Path.Combine(ProjectPaths.Root, "results", "h1-mode-comparison");
        foreach (var table in new[] { "runs.csv", "breakdown.csv", "timeseries.csv", "indicators.csv" })
        {
            var fresh = File.ReadAllLines(Path.Combine(outDir, table));
            var wall = Array.IndexOf(fresh[0].Split(','), "wall_seconds");
            string Strip(string line) => wall < 0 ? line : string.Join(',', line.Split(',').Where((_, i) => i != wall));
            var runId = fresh[1].Split(',')[0];
            var old = File.ReadAllLines(Path.Combine(committed, table));
            Assert.Equal(Strip(old[0]), Strip(fresh[0]));
            var expected = old.Where(l => l.StartsWith(runId + ",", StringComparison.Ordinal)).Select(Strip).ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, fresh.Skip(1).Select(Strip).ToArray());
        }
    }
}
