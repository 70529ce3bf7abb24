using GovSim.Experiments.Running;

namespace GovSim.Experiments.Tests;

/// <summary>
/// The engine's central promise: the same scenario and seed give byte-identical results on the reference host, one
/// silo and two silos (all of runs.csv but wall_seconds, and every other CSV). Runs the shipped default scenario.
/// </summary>
public class DeterminismTests
{
    private static async Task<Dictionary<string, string>> Run(TempDir dir, string name, EngineKind engine, int silos, long? seed = null, string[]? sets = null,
        string? partitions = null)
    {
        var outDir = dir.Sub(name);
        var partitioning = partitions is null ? null : Model.Engine.Partitioning.Parse(partitions);
        await RunJob.ExecuteAsync(new RunOptions(Seed: seed, Sets: sets, OutDir: outDir, Silos: silos, Engine: engine, Partitioning: partitioning), []);
        return new[] { "runs.csv", "cases.csv", "timeseries.csv", "citizens.csv", "breakdown.csv", "indicators.csv" }
            .ToDictionary(f => f, f => f == "runs.csv" ? WithoutWallSeconds(File.ReadAllText(Path.Combine(outDir, f))) : File.ReadAllText(Path.Combine(outDir, f)));
    }

    private static string WithoutWallSeconds(string csv)
    {
        var lines = csv.TrimEnd('\n').Split('\n').Select(l => l.Split(',')).ToArray();
        var column = Array.IndexOf(lines[0], "wall_seconds");
        Assert.True(column >= 0);
        return string.Join("\n", lines.Select(fields => string.Join(",", fields.Where((_, i) => i != column))));
    }

    [Fact]
    public async Task Reference_one_silo_and_two_silos_write_the_same_bytes_and_another_seed_does_not()
    {
        using var dir = new TempDir();
        var reference = await Run(dir, "reference", EngineKind.Reference, 1);
        var oneSilo = await Run(dir, "one", EngineKind.Orleans, 1);
        var twoSilos = await Run(dir, "two", EngineKind.Orleans, 2);
        var otherSeed = await Run(dir, "other", EngineKind.Reference, 1, seed: 43);

        Assert.True(reference["cases.csv"].Split('\n').Length > 1000, "the default scenario should produce thousands of cases");
        foreach (var file in reference.Keys)
        {
            Assert.True(reference[file] == oneSilo[file], $"{file}: reference and one silo differ");
            Assert.True(reference[file] == twoSilos[file], $"{file}: reference and two silos differ");
        }

        Assert.NotEqual(reference["cases.csv"], otherSeed["cases.csv"]);
        Assert.NotEqual(reference["runs.csv"], otherSeed["runs.csv"]);
    }

    [Theory]
    [InlineData("administrative")]
    [InlineData("market")]
    [InlineData("network")]
    [InlineData("cyborg")]
    [InlineData("mosaic")]
    public async Task Every_mode_writes_the_same_bytes_on_every_engine(string mode)
    {
        using var dir = new TempDir();
        // A smaller population and a shaky platform, so that outages, fallbacks and SLA escalations all happen; the
        // information layer, leader turnover and growing maturity on, so their messages cross silos too.
        string[] sets = [$"mode={mode}", "population.citizens=600", "duration_days=10", "warmup_days=0", "platform.availability=0.9", "platform.sla_hours=4",
            "platform.visibility=true", "platform.board_interval_hours=2", "platform.leader_channel=true", "leaders.turnover_per_year=40",
            "digitalisation.growth_per_year=3", $"platform.parallel_dispatch={(mode == "cyborg" ? "true" : "false")}"];
        var reference = await Run(dir, "reference", EngineKind.Reference, 1, sets: sets);
        Assert.True(reference["cases.csv"].Split('\n').Length > 300);
        // Every partitioning on one silo, and partitions spread over two silos.
        foreach (var (silos, partitions) in new[] { (1, "region"), (1, "agent"), (1, "1"), (1, "3"), (2, "region"), (2, "5") })
        {
            var other = await Run(dir, $"{silos}-{partitions}", EngineKind.Orleans, silos, sets: sets, partitions: partitions);
            foreach (var file in reference.Keys)
                Assert.True(reference[file] == other[file], $"{mode} {file}: reference and {silos} silo(s) with partitions {partitions} differ");
        }
    }
}

public class EngineTests
{
    [Fact]
    public async Task The_orleans_engine_runs_without_a_progress_callback_and_can_run_twice()
    {
        var scenario = Scenarios.ScenarioLoader.Load(ProjectPaths.DefaultScenario, ["population.citizens=200", "duration_days=3", "warmup_days=0"]);
        await using var engine = await OrleansEngine.StartAsync(silos: 1);
        var first = await engine.RunToRecordsAsync(scenario, "engine-test/1");
        var second = await engine.RunToRecordsAsync(scenario, "engine-test/2");
        var reference = await new ReferenceEngine().RunToRecordsAsync(scenario, "x");
        Assert.True(first.Cases.Length > 10);
        Assert.Equal(reference.EventsProcessed, first.EventsProcessed);
        Assert.Equal(first.Cases, second.Cases);
    }
}

public class ModeComparisonTests
{
    [Fact]
    public async Task Every_mode_completes_cases_on_the_default_scenario_and_the_modes_differ()
    {
        var latencies = new Dictionary<string, double>();
        foreach (var mode in new[] { "administrative", "market", "network", "cyborg", "mosaic" })
        {
            var scenario = Scenarios.ScenarioLoader.Load(ProjectPaths.DefaultScenario, [$"mode={mode}"]);
            var records = await new ReferenceEngine().RunToRecordsAsync(scenario, mode);
            var stats = Results.RunSummary.Of(records, Model.Scenario.World.Compile(scenario.Spec)).Cases;
            Assert.True(stats.CompletionRate > 0.5, $"{mode}: completion {stats.CompletionRate}");
            latencies[mode] = stats.LatencyMeanH!.Value;
        }

        Assert.Equal(latencies.Count, latencies.Values.Distinct().Count());
    }
}
