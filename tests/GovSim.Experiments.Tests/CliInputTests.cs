namespace GovSim.Experiments.Tests;

/// <summary>Bad input: one sentence on stderr naming file/option, field and expectation; exit 2; nothing written.</summary>
public class CliInputTests
{
    public static TheoryData<string, string, string> BadScenarios => new()
    {
        { "malformed", "population: [1, 2\n", "not valid YAML" },
        { "unknown key", "populace: {citizens: 5}\n", "unknown key \"populace\"" },
        { "wrong type", "population: {citizens: lots}\n", "population.citizens: expected a whole number" },
        { "negative rate", "arrivals: {rate_per_hour: -1}\n", "arrivals.rate_per_hour: expected a value from 0" },
        { "unknown mode", "mode: telepathy\n", "mode: expected one of administrative" },
        { "hub above 1", "platform: {hub_connectedness: 2}\n", "platform.hub_connectedness: expected a value from 0 to 1" },
        { "intake without staff", "platform: {intake: {staff: 0}}\n", "platform.intake.staff: expected a value from 1" },
        { "dispatch not a flag", "platform: {parallel_dispatch: often}\n", "platform.parallel_dispatch: expected true or false" },
        { "region push", "regions: [{name: a, push: 1.5}]\n", "regions.0.push: expected a value from 0 to 1" },
        { "mosaic region", "mode: mosaic\nmosaic: {by_region: [{name: atlantis, network: 1}]}\n", "mosaic.by_region.0.name: expected one of the regions" },
        { "mosaic weights", "mode: mosaic\nmosaic: {by_service: [{name: newborn}]}\n", "mosaic.by_service.0: expected at least one mode weight above 0" },
        { "negative wage", "costs: {staff_wage_per_hour: -1}\n", "costs.staff_wage_per_hour: expected a value from 0" },
        { "understatement", "agencies: {understatement: 1}\n", "agencies.understatement: expected a value from 0 to 0.99" },
        { "no retries", "market: {max_retries: 0}\n", "market.max_retries: expected a value from 1" },
        { "turnover", "leaders: {turnover_per_year: -2}\n", "leaders.turnover_per_year: expected a value from 0" },
        { "growth", "digitalisation: {growth_per_year: fast}\n", "digitalisation.growth_per_year: expected a number" },
        { "resistance", "functions: [{name: a, platform_resistance: 3}]\n", "functions.0.platform_resistance: expected a value from 0 to 1" },
        { "horizon", "observation: {rmst_horizon_days: 0}\n", "observation.rmst_horizon_days: expected a value from 0.1" },
    };

    private static void AssertOneSentence(Cli.Result result, params string[] expected)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("govsim: ", lines[0]);
        Assert.All(expected, e => Assert.Contains(e, lines[0]));
        Assert.DoesNotContain("   at ", result.Err); // no stack trace
    }

    private static void AssertNothingWritten(TempDir dir, string outDir)
    {
        Assert.False(Directory.Exists(outDir), "no results folder is left behind");
        Assert.Empty(Directory.GetDirectories(dir.Path, ".tmp-*"));
    }

    [Theory]
    [MemberData(nameof(BadScenarios))]
    public async Task Bad_scenario_files_exit_2_with_one_sentence_and_no_results(string what, string yaml, string expected)
    {
        using var dir = new TempDir();
        var file = dir.File($"{what.Replace(' ', '-')}.yaml", yaml);
        var outDir = dir.Sub("out");
        var result = await Cli.Run("run", "--scenario", file, "--out", outDir);
        AssertOneSentence(result, file, expected);
        AssertNothingWritten(dir, outDir);
    }

    [Fact]
    public async Task A_missing_scenario_file_exits_2()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        var result = await Cli.Run("run", "--scenario", dir.Sub("missing.yaml"), "--out", outDir);
        AssertOneSentence(result, "missing.yaml does not exist", "expected the path of a YAML scenario file");
        AssertNothingWritten(dir, outDir);
    }

    [Theory]
    [InlineData(new[] { "run", "--silos", "many" }, "--silos")]
    [InlineData(new[] { "run", "--silos", "0" }, "--silos 0: expected a number of silos from 1 to")]
    [InlineData(new[] { "run", "--engine", "quantum" }, "quantum")]
    [InlineData(new[] { "run", "--colour", "red" }, "--colour")]
    [InlineData(new[] { "run", "--seed", "x" }, "--seed")]
    [InlineData(new[] { "run", "--set", "population.citizens" }, "expected KEY=VALUE")]
    [InlineData(new[] { "fly" }, "fly")]
    [InlineData(new[] { "run", "--partitions", "zero" }, "--partitions zero: expected agent, region or a number of partitions from 1 to 1024")]
    [InlineData(new[] { "run", "--partitions", "0" }, "--partitions 0: expected agent, region or a number")]
    public async Task Bad_options_exit_2_with_one_sentence(string[] args, string expected)
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        var result = await Cli.Run([.. args, "--out", outDir]);
        AssertOneSentence(result, expected);
        AssertNothingWritten(dir, outDir);
    }

    [Fact]
    public async Task An_output_folder_holding_files_is_never_overwritten()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "runs.csv"), "precious");
        var result = await Cli.Run("run", "--engine", "reference", "--out", outDir);
        AssertOneSentence(result, "--out", "already holds files");
        Assert.Equal("precious", File.ReadAllText(Path.Combine(outDir, "runs.csv")));
    }

    [Fact]
    public async Task Validate_lists_every_problem_and_exits_2()
    {
        using var dir = new TempDir();
        var file = dir.File("bad.yaml", "duration_days: -1\nmode: x\n");
        var result = await Cli.Run("validate", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(2, result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Validate_accepts_the_default_scenario()
    {
        var result = await Cli.Run("validate", Running.ProjectPaths.DefaultScenario);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid", result.Out);
    }
}

public class CliDefaultsTests
{
    [Fact]
    public async Task Options_without_a_command_mean_run()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        var result = await Cli.Run("--engine", "reference", "--set", "population.citizens=100", "--set", "duration_days=2", "--set", "warmup_days=0", "--out", outDir);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(outDir, "runs.csv")));
    }
}
