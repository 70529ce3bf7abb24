using System.Diagnostics;
using GovSim.Experiments.Running;
using GovSim.Experiments.Sweeps;

namespace GovSim.Experiments.Tests;

public class SweepTests
{
    private static string Sweep(TempDir dir, string body, string name = "sweep.yaml") =>
        dir.File(name, $"scenario: {ProjectPaths.DefaultScenario}\n{body}");

    private const string Small = "set: [population.citizens=200, duration_days=3, warmup_days=0]\n";

    [Fact]
    public void Grids_cross_and_simplex_points_sum_to_one()
    {
        using var dir = new TempDir();
        var plan = SweepPlan.Load(Sweep(dir, "name: t\n" + Small + "replications: 2\naxes:\n  - {key: mode, values: [administrative, network]}\n  - {key: arrivals.rate_per_hour, range: {from: 2, to: 6, step: 2}}\n"));
        Assert.Equal(2 * 3 * 2, plan.Runs.Count);
        Assert.Equal(plan.Runs.Count, plan.Runs.Select(r => r.RunId).Distinct().Count());

        var simplex = SweepPlan.Expand(new SweepSpec
        {
            Axes = [new AxisSpec { Simplex = new SimplexSpec { Keys = ["mosaic.administrative", "mosaic.market", "mosaic.network", "mosaic.cyborg"], Step = 0.25 } }],
        });
        Assert.Equal(35, simplex.Count); // compositions of 4 quarters into 4 parts
        Assert.All(simplex, p => Assert.Equal(1.0, p.Sum(kv => double.Parse(kv.Value, System.Globalization.CultureInfo.InvariantCulture)), 9));
    }

    [Fact]
    public void Latin_hypercube_samples_use_every_stratum_once_per_axis()
    {
        var points = SweepPlan.Expand(new SweepSpec
        {
            Seed = 3, Samples = 10,
            Axes = [new AxisSpec { Key = "a", Lhs = new RangeSpec { From = 0, To = 1 } }, new AxisSpec { Key = "b", Lhs = new RangeSpec { From = 10, To = 20 } }],
        });
        Assert.Equal(10, points.Count);
        var a = points.Select(p => (int)(double.Parse(p[0].Value, System.Globalization.CultureInfo.InvariantCulture) * 10)).Order();
        var b = points.Select(p => (int)(double.Parse(p[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 10)).Order();
        Assert.Equal(Enumerable.Range(0, 10), a);
        Assert.Equal(Enumerable.Range(0, 10), b);
    }

    [Fact]
    public void Adding_points_or_replications_never_changes_existing_runs()
    {
        using var dir = new TempDir();
        var before = SweepPlan.Load(Sweep(dir, "name: t\n" + Small + "replications: 2\nseed: 9\naxes:\n  - {key: mode, values: [administrative, network]}\n", "a.yaml"));
        var after = SweepPlan.Load(Sweep(dir, "name: t\n" + Small + "replications: 3\nseed: 9\naxes:\n  - {key: mode, values: [market, administrative, network, cyborg]}\n", "b.yaml"));
        var later = after.Runs.ToDictionary(r => r.RunId, r => r.Seed);
        Assert.All(before.Runs, r => Assert.Equal(r.Seed, later[r.RunId]));

        var independent = SweepPlan.Load(Sweep(dir, "name: t\n" + Small + "replications: 1\nseed: 9\ncommon_random_numbers: false\naxes:\n  - {key: mode, values: [administrative, network]}\n", "c.yaml"));
        Assert.NotEqual(independent.Runs[0].Seed, independent.Runs[1].Seed);
        Assert.Single(before.Runs.Where(r => r.Replication == 1).Select(r => r.Seed).Distinct()); // common random numbers
    }

    [Theory]
    [InlineData("name: t\naxes:\n  - {key: populace.size, values: [1, 2]}\n", "populace")]
    [InlineData("name: t\naxes:\n  - {key: mode, values: []}\n", "axes.0: is empty")]
    [InlineData("name: t\naxes:\n  - {key: arrivals.rate_per_hour, range: {from: 5, to: 1, step: 1}}\n", "axes.0.range: expected step > 0 and to >= from")]
    [InlineData("name: t\nreplications: 0\n", "replications: expected a whole number from 1")]
    [InlineData("name: t\nreplications: many\n", "replications: expected a whole number from 1 to 1000000, or auto")]
    [InlineData("name: t\ndesign: taguchi\n", "design: expected grid, morris or sobol")]
    [InlineData("name: t\ndesign: morris\naxes:\n  - {key: mode, values: [market]}\n", "axes.0: expected an lhs axis")]
    [InlineData("name: t\ndesign: morris\nmorris: {levels: 3}\naxes:\n  - {key: arrivals.rate_per_hour, lhs: {from: 1, to: 2}}\n", "morris.levels: expected an even number")]
    [InlineData("name: t\ndesign: sobol\nsobol: {base_size: 48}\naxes:\n  - {key: arrivals.rate_per_hour, lhs: {from: 1, to: 2}}\n", "sobol.base_size: expected a power of two")]
    [InlineData("name: t\ndesign: sobol\nsobol: {base: halton}\naxes:\n  - {key: arrivals.rate_per_hour, lhs: {from: 1, to: 2}}\n", "sobol.base: expected sobol or lhs")]
    [InlineData("name: t\ndesign: morris\n", "axes: expected at least one lhs axis")]
    [InlineData("name: t\nreplications: auto\nauto_replications: {outcome: happiness}\n", "auto_replications.outcome: expected an outcome column")]
    [InlineData("name: t\nreplications: auto\nauto_replications: {min: 5, max: 3}\n", "auto_replications.max: expected at least min (5)")]
    [InlineData("name: t\naxes:\n  - {key: mode, values: [telepathy]}\n", "mode=telepathy")]
    public async Task Bad_sweep_files_exit_2_with_one_sentence(string body, string expected)
    {
        using var dir = new TempDir();
        var file = Sweep(dir, body);
        var result = await Cli.Run("sweep", file, "--out", dir.Sub("out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Err);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(dir.Sub("out")));
    }

    [Fact]
    public async Task A_folder_of_another_sweep_is_never_overwritten_and_a_finished_one_needs_resume()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        var first = Sweep(dir, "name: first\n" + Small + "axes:\n  - {key: mode, values: [administrative]}\n", "first.yaml");
        Assert.Equal(0, (await Cli.Run("sweep", first, "--out", outDir, "--parallel", "1")).ExitCode);
        var runs = File.ReadAllText(Path.Combine(outDir, "runs.csv"));

        var second = Sweep(dir, "name: second\n" + Small + "axes:\n  - {key: mode, values: [network]}\n", "second.yaml");
        var other = await Cli.Run("sweep", second, "--out", outDir, "--resume");
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("the results of sweep \"first\"", other.Err);
        var again = await Cli.Run("sweep", first, "--out", outDir);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--resume", again.Err);
        Assert.Equal(runs, File.ReadAllText(Path.Combine(outDir, "runs.csv")));
    }

    [Fact]
    public async Task A_sweep_writes_summary_statistics_and_plots()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        var file = Sweep(dir, "name: report\n" + Small + "replications: 3\nbreakdown: [region]\naxes:\n  - {key: mode, values: [administrative, cyborg]}\n");
        Assert.Equal(0, (await Cli.Run("sweep", file, "--out", outDir)).ExitCode);
        var summary = File.ReadAllText(Path.Combine(outDir, "summary.csv"));
        var markdown = File.ReadAllText(Path.Combine(outDir, "summary.md"));

        // Every cell of the headline table sits under its own column: it starts with that outcome's mean in summary.csv.
        var table = markdown.Split('\n').SkipWhile(l => !l.StartsWith("| mode | n |", StringComparison.Ordinal)).ToArray();
        var columns = table[0].Split('|', StringSplitOptions.TrimEntries)[3..^1];
        var row = table.First(l => l.StartsWith("| cyborg |", StringComparison.Ordinal)).Split('|', StringSplitOptions.TrimEntries)[3..^1];
        var means = Statistics.CsvTable.Read(Path.Combine(outDir, "summary.csv")).Rows
            .Where(r => r[0] == "mean" && r[2] == "cyborg" && r[6].Length > 0).ToDictionary(r => r[4], r => double.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < columns.Length; i++)
            if (means.ContainsKey(columns[i]))
                Assert.Equal(means[columns[i]], double.Parse(row[i].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), means[columns[i]] * 1e-3 + 1e-9);
        Assert.Contains("## By region", markdown);
        Assert.Contains("breakdown,,cyborg,,latency_km_median_h,3,", summary);
        Assert.StartsWith("table,setting,mode,mode_b,outcome,n,mean,sd,ci_low,ci_high", summary);
        Assert.Contains("comparison,,administrative,cyborg,latency_mean_h,3,", summary);
        Assert.Contains("| administrative − cyborg | latency_mean_h |", File.ReadAllText(Path.Combine(outDir, "summary.md")));
        foreach (var plot in new[] { "latency_by_mode.png", "completion_by_mode.png", "trips_by_mode.png" })
            Assert.True(new FileInfo(Path.Combine(outDir, "plots", plot)).Length > 1000, plot);

        File.Delete(Path.Combine(outDir, "summary.md"));
        Assert.Equal(0, (await Cli.Run("report", outDir)).ExitCode);
        Assert.True(File.Exists(Path.Combine(outDir, "summary.md")));
    }

    [Fact]
    public async Task A_sweep_killed_with_sigkill_resumes_without_duplicating_or_losing_rows()
    {
        using var dir = new TempDir();
        var file = Sweep(dir, "name: kill\nset: [population.citizens=300, duration_days=6, warmup_days=0]\nreplications: 4\naxes:\n  - {key: mode, values: [administrative, network]}\n");
        var reference = dir.Sub("reference");
        Assert.Equal(0, (await Cli.Run("sweep", file, "--out", reference, "--parallel", "1")).ExitCode);

        var killed = dir.Sub("killed");
        var cli = Path.Combine(AppContext.BaseDirectory, "govsim.dll");
        foreach (var partsBeforeKill in new[] { 1, 4 })
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "sweep", file, "--out", killed, "--parallel", "1", "--resume"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var parts = Path.Combine(killed, "parts");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline &&
                   (!Directory.Exists(parts) || Directory.GetFiles(parts, "run.csv", SearchOption.AllDirectories).Length < partsBeforeKill))
                await Task.Delay(20);
            if (!process.HasExited) process.Kill(); // SIGKILL
            await process.WaitForExitAsync();
        }

        Assert.Equal(0, (await Cli.Run("sweep", file, "--out", killed, "--resume")).ExitCode);
        string Rows(string folder)
        {
            var lines = File.ReadAllLines(Path.Combine(folder, "runs.csv"));
            var wall = Array.IndexOf(lines[0].Split(','), "wall_seconds");
            return string.Join('\n', lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != wall))));
        }

        Assert.Equal(Rows(reference), Rows(killed));
        Assert.Equal(9, File.ReadAllLines(Path.Combine(killed, "runs.csv")).Length);
    }

    [Theory]
    [InlineData("morris", "morris: {trajectories: 3, levels: 4, bootstrap: 200}", 9, "mu_star")]
    [InlineData("sobol", "sobol: {base_size: 4, bootstrap: 200}", 16, "ST")]
    public async Task A_sensitivity_sweep_writes_its_analysis_and_resumes_after_sigkill_to_the_same_bytes(string design, string settings, int runs, string statistic)
    {
        using var dir = new TempDir();
        var file = Sweep(dir, $"name: gsa\n{Small}design: {design}\n{settings}\nwrite_cases: false\nwrite_timeseries: false\naxes:\n" +
            "  - {key: arrivals.rate_per_hour, lhs: {from: 2, to: 10}}\n  - {key: leaders.regional.push, lhs: {from: 0.1, to: 0.9}}\n");
        var reference = dir.Sub("reference");
        Assert.Equal(0, (await Cli.Run("sweep", file, "--out", reference)).ExitCode);
        Assert.Equal(runs + 1, File.ReadAllLines(Path.Combine(reference, "runs.csv")).Length);
        var sensitivity = Statistics.CsvTable.Read(Path.Combine(reference, "sensitivity.csv"));
        Assert.Equal(["method", "outcome", "factor", "statistic", "value", "ci_low", "ci_high", "rank"], sensitivity.Header);
        foreach (var factor in new[] { "arrivals.rate_per_hour", "leaders.regional.push" })
            Assert.Contains(sensitivity.Rows, r => r[0] == design && r[1] == "latency_mean_h" && r[2] == factor && r[3] == statistic);
        Assert.True(new FileInfo(Path.Combine(reference, "plots", $"{design}_latency_mean_h.png")).Length > 1000);
        Assert.Contains("## Sensitivity", File.ReadAllText(Path.Combine(reference, "summary.md")));

        var killed = dir.Sub("killed");
        var cli = Path.Combine(AppContext.BaseDirectory, "govsim.dll");
        using (var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "sweep", file, "--out", killed, "--parallel", "1"])
               { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            var parts = Path.Combine(killed, "parts");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline &&
                   (!Directory.Exists(parts) || Directory.GetFiles(parts, "run.csv", SearchOption.AllDirectories).Length < 3))
                await Task.Delay(20);
            if (!process.HasExited) process.Kill(); // SIGKILL
            await process.WaitForExitAsync();
        }

        Assert.Equal(0, (await Cli.Run("sweep", file, "--out", killed, "--resume")).ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(reference, "sensitivity.csv")), File.ReadAllText(Path.Combine(killed, "sensitivity.csv")));
        Assert.Equal(RunsCsv.WithoutWall(reference), RunsCsv.WithoutWall(killed));
    }

    [Fact]
    public async Task Auto_replications_stop_when_precise_enough_and_at_the_cap_otherwise()
    {
        using var dir = new TempDir();
        string Auto(double share) => Sweep(dir, $"name: auto\n{Small}replications: auto\nauto_replications: {{outcome: cases_submitted, relative_half_width: {share.ToString(System.Globalization.CultureInfo.InvariantCulture)}, min: 2, max: 4}}\n" +
            "write_cases: false\naxes:\n  - {key: mode, values: [administrative, network]}\n", $"auto{share}.yaml");
        // Arrivals vary a few per cent between seeds: a loose rule is met at once, an impossible one runs to the cap.
        var loose = dir.Sub("loose");
        Assert.Equal(0, (await Cli.Run("sweep", Auto(0.5), "--out", loose)).ExitCode);
        Assert.Equal(2 * 2 + 1, File.ReadAllLines(Path.Combine(loose, "runs.csv")).Length);
        var tight = dir.Sub("tight");
        Assert.Equal(0, (await Cli.Run("sweep", Auto(0.0001), "--out", tight)).ExitCode);
        Assert.Equal(2 * 4 + 1, File.ReadAllLines(Path.Combine(tight, "runs.csv")).Length);
        Assert.Contains("until the 95 % CI half-width of `cases_submitted`", File.ReadAllText(Path.Combine(tight, "summary.md")));
    }
}
