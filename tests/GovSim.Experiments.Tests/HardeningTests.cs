using System.Diagnostics;
using GovSim.Experiments.Running;

namespace GovSim.Experiments.Tests;

/// <summary>What a hostile or careless user can do: every case ends with one sentence and exit 2, or a clear message.</summary>
public class HardeningTests
{
    private static void AssertOneSentence(Cli.Result result, params string[] expected)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on stderr, found: {result.Err}");
        Assert.StartsWith("govsim: ", lines[0]);
        Assert.All(expected, e => Assert.Contains(e, lines[0]));
        Assert.DoesNotContain("   at ", result.Err);
    }

    private static string[] Quick(params string[] more) =>
        ["--engine", "reference", "--set", "population.citizens=100", "--set", "duration_days=2", "--set", "warmup_days=0", .. more];

    [Fact]
    public async Task Output_folders_that_cannot_work_are_refused_before_anything_runs()
    {
        using var dir = new TempDir();
        AssertOneSentence(await Cli.Run(["run", .. Quick("--out", "")]), "--out", "expected the path of a results folder");
        AssertOneSentence(await Cli.Run(["run", .. Quick("--out", "/proc/govsim-x")]), "--out /proc/govsim-x", "cannot write");
        var file = dir.File("plain.txt", "x");
        AssertOneSentence(await Cli.Run(["run", .. Quick("--out", Path.Combine(file, "out"))]), "is a file, so no folder can be made under it");
        Assert.Empty(Directory.GetDirectories(dir.Path));
    }

    [Fact]
    public async Task Names_cannot_lead_out_of_the_results_folder()
    {
        using var dir = new TempDir();
        AssertOneSentence(await Cli.Run(["run", .. Quick("--set", "name=/../../../x")]), "name", "letters, digits");
        AssertOneSentence(await Cli.Run(["run", .. Quick("--set", "name=..")]), "name");
        var escape = $"../../../govsim-escape-{Guid.NewGuid():N}"; // a path nothing else could have made
        var sweep = dir.File("s.yaml", $"name: {escape}\nscenario: {ProjectPaths.DefaultScenario}\naxes:\n  - {{key: mode, values: [market]}}\n");
        AssertOneSentence(await Cli.Run("sweep", sweep), "name", "it names the results folder");
        Assert.False(Directory.Exists(Path.GetFullPath(Path.Combine(ProjectPaths.ResultsDir, escape))));
    }

    [Fact]
    public async Task A_second_writer_of_a_folder_is_refused_and_a_dead_writers_lock_is_taken_over()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        var lockFile = dir.Sub(".out.lock");
        using (var owner = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!)
        {
            try
            {
                File.WriteAllText(lockFile, owner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                AssertOneSentence(await Cli.Run(["run", .. Quick("--out", outDir)]), $"another govsim (process {owner.Id}) is writing to this folder");
                Assert.False(Directory.Exists(outDir));
            }
            finally
            {
                owner.Kill();
                await owner.WaitForExitAsync();
            }
        }

        // The owner is gone: its lock is stale and the next writer takes it over, and removes it when done.
        Assert.Equal(0, (await Cli.Run(["run", .. Quick("--out", outDir)])).ExitCode);
        Assert.True(File.Exists(Path.Combine(outDir, "runs.csv")));
        Assert.False(File.Exists(lockFile));
    }

    [Fact]
    public async Task A_sweep_too_large_is_refused_at_once_and_a_sweep_prints_its_plan()
    {
        using var dir = new TempDir();
        var huge = dir.File("huge.yaml",
            $"name: huge\nscenario: {ProjectPaths.DefaultScenario}\nreplications: 3\naxes:\n  - {{key: arrivals.rate_per_hour, range: {{from: 0, to: 1000000000, step: 1}}}}\n");
        var clock = Stopwatch.StartNew();
        AssertOneSentence(await Cli.Run("sweep", huge, "--out", dir.Sub("h")), "1,000,000,001 points × 3 replications = 3,000,000,003 runs", "expected at most 1,000,000");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));

        var small = dir.File("small.yaml",
            $"name: small\nscenario: {ProjectPaths.DefaultScenario}\nset: [population.citizens=100, duration_days=2, warmup_days=0]\nreplications: 2\naxes:\n  - {{key: mode, values: [market, network]}}\n");
        var result = await Cli.Run("sweep", small, "--out", dir.Sub("s"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Plan: 2 points × 2 replications = 4 runs (0 already done)", result.Out);
    }

    [Fact]
    public async Task Reports_of_broken_runs_files_are_refused()
    {
        using var dir = new TempDir();
        string Folder(string name, byte[] runs)
        {
            var folder = dir.Sub(name);
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "runs.csv"), runs);
            return folder;
        }

        var header = "run_id,scenario,mode,seed,replication,cases_submitted,latency_mean_h\n";
        static byte[] text(string s) => System.Text.Encoding.UTF8.GetBytes(s);
        AssertOneSentence(await Cli.Run("report", Folder("header", text(header))), "header but no rows");
        AssertOneSentence(await Cli.Run("report", Folder("columns", text("a,b,c\n1,2,3\n"))), "the header lacks run_id, mode, seed, replication, cases_submitted");
        AssertOneSentence(await Cli.Run("report", Folder("cut", text(header + "r1,default,market,1,1,100,3.5\nr2,default,mar"))), "line 3", "cut off");
        AssertOneSentence(await Cli.Run("report", Folder("binary", [0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00])), "binary");
        AssertOneSentence(await Cli.Run("report", Folder("latin1", [0x72, 0x75, 0x6e, 0xe9, 0x0a])), "not UTF-8");
        AssertOneSentence(await Cli.Run("report", dir.Sub("nothing")), "no runs.csv there");
    }

    [Fact]
    public async Task Messages_say_what_was_expected()
    {
        using var dir = new TempDir();
        AssertOneSentence(await Cli.Run(["run", "--scenario", dir.Path, "--out", dir.Sub("o")]), "is a folder; expected the path of a YAML scenario file");
        AssertOneSentence(await Cli.Run(["run", .. Quick("--set", "population.citizens=99999999999", "--out", dir.Sub("o"))]), "expected a whole number from 1 to 10000000");
        AssertOneSentence(await Cli.Run(["run", "--seed", "abc", "--out", dir.Sub("o")]), "--seed abc: expected a whole number");
        var tab = dir.File("tab.yaml", "name: a\nseed: 1\nduration_days: 3\nwarmup_days: 0\npopulation:\n  citizens: 5\n  min_age: 20\n\tmax_age: 30\n");
        AssertOneSentence(await Cli.Run("run", "--scenario", tab, "--out", dir.Sub("o")), "line 8", "tab");
        var empty = dir.File("empty.yaml", "# nothing but a comment\n");
        AssertOneSentence(await Cli.Run("run", "--scenario", empty, "--out", dir.Sub("o")), "the file is empty", "write {} to take every default");
        Assert.False(Directory.Exists(dir.Sub("o")));
        Assert.Equal(0, (await Cli.Run(["run", "--scenario", dir.File("all.yaml", "{}\n"), .. Quick("--out", dir.Sub("all"))])).ExitCode);
    }

    [Fact]
    public async Task A_run_without_completed_cases_says_so_and_leaves_the_rates_empty()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("none");
        var result = await Cli.Run(["run", .. Quick("--set", "arrivals.rate_per_hour=0", "--out", outDir)]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("none (no case completed)", result.Out);
        Assert.DoesNotContain("0.0 h", result.Out);
        var lines = File.ReadAllLines(Path.Combine(outDir, "runs.csv"));
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        foreach (var column in new[] { "completion_rate", "on_time_rate", "latency_mean_h", "latency_km_median_h", "satisfaction_mean", "cost_per_case" })
            Assert.Equal("", row[Array.IndexOf(header, column)]);
    }

    [Fact]
    public async Task The_reference_engines_first_progress_line_reports_a_believable_rate()
    {
        using var dir = new TempDir();
        var result = await Cli.Run(["run", "--engine", "reference", "--set", "duration_days=200", "--set", "warmup_days=0", "--out", dir.Sub("o")]);
        Assert.Equal(0, result.ExitCode);
        foreach (var line in result.Out.Split('\n').Where(l => l.StartsWith("day ", StringComparison.Ordinal)))
        {
            var rate = long.Parse(line.Split('·')[2].Trim().Split(' ')[0].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(rate < 50_000_000, line);
        }
    }

    [Fact]
    public async Task A_population_the_machine_cannot_hold_is_refused_with_the_estimate()
    {
        using var dir = new TempDir();
        var result = await Cli.Run("run", "--set", "population.citizens=10000000", "--out", dir.Sub("o"));
        if (MemoryEstimate.Bytes(Scenarios.ScenarioLoader.Load(ProjectPaths.DefaultScenario, ["population.citizens=10000000"]).Spec, EngineKind.Orleans) > MemoryEstimate.AvailableBytes())
            AssertOneSentence(result, "10,000,000 citizens need about", "GB on the orleans engine", "expected at most about");
        else
            Assert.Equal(0, result.ExitCode); // a machine large enough runs it
    }
}
