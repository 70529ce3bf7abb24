using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovSim.Experiments.Results;
using GovSim.Experiments.Running;
using GovSim.Experiments.Statistics;
using GovSim.Experiments.Sweeps;
using GovSim.Experiments.Sweeps.Plots;

namespace GovSim.Experiments.Tests;

public class PlotTests
{
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// A results folder as a sweep writes it: runs.csv over modes × the given parameter values × 3 replications, a
    /// manifest.json, and optionally a cases.csv with completed, abandoned and open cases.
    /// </summary>
    private static RunGroups Folder(TempDir dir, string[] modes, IReadOnlyList<(string Key, string[] Values)> parameters, bool cases)
    {
        var header = new[] { "run_id", "scenario", "mode", "seed", "replication" }.Concat(parameters.Select(p => p.Key)).Concat(ResultTables.OutcomeColumns);
        var runs = new StringBuilder(string.Join(",", header) + "\n");
        var caseRows = new StringBuilder(string.Join(",", ResultTables.CaseColumns) + "\n");
        IEnumerable<string[]> points = [[]];
        foreach (var (_, values) in parameters) points = points.SelectMany(p => values.Select(v => p.Append(v).ToArray())).ToList();
        var n = 0;
        foreach (var mode in modes)
            foreach (var point in points)
                for (var rep = 1; rep <= 3; rep++)
                {
                    var id = $"run{++n:D3}";
                    var level = point.Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : v.Length).Sum();
                    var latency = 20 + 3 * level + 2 * Array.IndexOf(modes, mode) + rep;
                    var outcomes = ResultTables.OutcomeColumns.Select(c => c switch
                    {
                        "completion_rate" or "on_time_rate" => (0.9 - 0.01 * level - 0.005 * rep).ToString(CultureInfo.InvariantCulture),
                        "latency_mean_h" => latency.ToString(CultureInfo.InvariantCulture),
                        "trips_mean" => (1.5 + 0.1 * rep).ToString(CultureInfo.InvariantCulture),
                        "steady_state" => "true",
                        _ => "100",
                    });
                    runs.Append(string.Join(",", new[] { id, "synthetic", mode, (1000 + rep).ToString(CultureInfo.InvariantCulture), rep.ToString(CultureInfo.InvariantCulture) }
                        .Concat(point).Concat(outcomes))).Append('\n');
                    if (!cases) continue;
                    for (var c = 0; c < 40; c++)
                    {
                        var submitted = c * 2.0;
                        var outcome = c % 10 == 0 ? "abandoned" : c % 10 == 1 ? "open" : "completed";
                        var took = latency * (0.2 + c % 7 * 0.3);
                        var done = outcome == "completed";
                        var row = ResultTables.CaseColumns.Select(col => col switch
                        {
                            "run_id" => id,
                            "case_id" => $"C{c}-0",
                            "submitted_h" => submitted.ToString(CultureInfo.InvariantCulture),
                            "finished_h" => done ? (submitted + took).ToString(CultureInfo.InvariantCulture) : "",
                            "outcome" => outcome,
                            "latency_h" => done ? took.ToString(CultureInfo.InvariantCulture) : "",
                            "in_warmup" => c < 2 ? "true" : "false",
                            _ => "0",
                        });
                        caseRows.Append(string.Join(",", row)).Append('\n');
                    }
                }

        dir.File("runs.csv", runs.ToString());
        if (cases) dir.File("cases.csv", caseRows.ToString());
        dir.File("manifest.json", """{ "sweep": "synthetic-sweep", "design": { "seed": 5, "replications": "3", "common_random_numbers": true } }""");
        return RunGroups.Of(CsvTable.Read(Path.Combine(dir.Path, "runs.csv")));
    }

    private static void AssertPng(string path)
    {
        Assert.True(File.Exists(path), $"{path} was not written");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 5_000, $"{path} is too small to hold a plot");
        Assert.Equal(PngMagic, bytes[..8]);
    }

    [Fact]
    public void Draw_writes_mode_factor_and_survival_plots()
    {
        using var dir = new TempDir();
        var groups = Folder(dir, ["cyborg", "administrative"], [("arrivals.rate_per_hour", ["4", "8", "12"])], cases: true);

        var files = SweepPlots.Draw(dir.Path, groups);

        Assert.Equal(
            ["latency_by_mode.png", "completion_by_mode.png", "trips_by_mode.png", "survival_by_mode.png",
             "latency_vs_arrivals_rate_per_hour.png", "completion_vs_arrivals_rate_per_hour.png"],
            files);
        foreach (var file in files) AssertPng(Path.Combine(dir.Path, "plots", file));
    }

    [Fact]
    public void Draw_writes_heat_maps_per_mode_and_bars_for_a_true_false_key()
    {
        using var dir = new TempDir();
        var groups = Folder(dir, ["network", "market"],
            [("platform.availability", ["0.9", "1"]), ("platform.data_error_rate", ["0", "0.1"]), ("platform.parallel_dispatch", ["false", "true"])], cases: false);

        var files = SweepPlots.Draw(dir.Path, groups);

        Assert.DoesNotContain("survival_by_mode.png", files); // no cases.csv
        Assert.Contains("latency_by_platform_parallel_dispatch.png", files);
        Assert.Contains("completion_by_platform_parallel_dispatch.png", files);
        Assert.Contains("latency_vs_platform_availability.png", files);
        foreach (var mode in new[] { "market", "network" })
        {
            Assert.Contains($"heatmap_latency_platform_availability_platform_data_error_rate_{mode}.png", files);
            Assert.Contains($"heatmap_completion_platform_availability_platform_data_error_rate_{mode}.png", files);
        }

        foreach (var file in files) AssertPng(Path.Combine(dir.Path, "plots", file));
    }

    [Fact]
    public void Plots_are_the_same_bytes_when_drawn_again()
    {
        using var dir = new TempDir();
        var groups = Folder(dir, ["administrative", "mosaic"], [("arrivals.rate_per_hour", ["4", "8"])], cases: true);
        var files = SweepPlots.Draw(dir.Path, groups);
        var first = files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(dir.Path, "plots", f)));

        SweepPlots.Draw(dir.Path, groups);

        foreach (var file in files) Assert.Equal(first[file], File.ReadAllBytes(Path.Combine(dir.Path, "plots", file)));
    }

    [Fact]
    public void A_mode_keeps_its_colour_whatever_other_modes_are_present()
    {
        var all = ModeColours.Known.ToDictionary(m => m, ModeColours.Of);
        Assert.Equal(5, all.Values.Distinct().Count());
        foreach (var subset in new[] { new[] { "cyborg" }, ["market", "cyborg"], ["mosaic", "administrative", "network"] })
        {
            var ordered = ModeColours.Ordered(subset);
            Assert.All(ordered, m => Assert.Equal(all[m], ModeColours.Of(m)));
            Assert.Equal(ordered.OrderBy(m => ModeColours.Known.ToList().IndexOf(m)), ordered);
        }

        Assert.Equal(ModeColours.Of("hybrid"), ModeColours.Of("hybrid")); // an unknown mode is stable too
        Assert.Equal(["administrative", "cyborg", "zeta"], ModeColours.Ordered(["zeta", "cyborg", "administrative"]));
    }

    [Fact]
    public void Outcomes_are_labelled_with_units()
    {
        Assert.Equal("Mean latency of completed cases (h)", KeyLabels.Label("latency_mean_h"));
        Assert.Equal("Completion rate (share of cohort)", KeyLabels.Label("completion_rate"));
        foreach (var outcome in ResultTables.OutcomeColumns.Where(c => c != "steady_state"))
        {
            var label = KeyLabels.Label(outcome);
            Assert.DoesNotContain("_", label);
            Assert.NotEqual("", KeyLabels.Unit(outcome));
            Assert.EndsWith(")", label);
        }
    }

    [Fact]
    public void Scenario_keys_get_names_units_and_the_entries_they_cover()
    {
        Assert.Equal("Arrival rate (cases per hour)", KeyLabels.Label("arrivals.rate_per_hour"));
        Assert.Equal("Digital maturity (function 1; 0–1)", KeyLabels.Label("functions.0.digital_maturity"));
        var others = Enumerable.Range(1, 9).Select(i => $"functions.{i}.digital_maturity").ToList();
        Assert.Equal("Digital maturity (all functions; 0–1)", KeyLabels.Label("functions.0.digital_maturity", others, k => k == "functions" ? 10 : null));
        Assert.Equal("Digital maturity (functions 1–10; 0–1)", KeyLabels.Label("functions.0.digital_maturity", others, k => k == "functions" ? 12 : null));
        Assert.Equal("Leader push (regional and top leaders; 0–1)", KeyLabels.Label("leaders.regional.push", ["leaders.top.push"]));
        Assert.Equal("Proof policy (proof 1 of service 2)", KeyLabels.Label("services.1.proofs.0.policy"));
        Assert.Equal("Mean outage length (h)", KeyLabels.Label("platform.mean_outage_hours"));
        // Not in the table: the spec's description, else the key's last words, with the unit its suffix implies.
        Assert.Equal("Agencies in each region", KeyLabels.Label("agencies.per_region"));
        Assert.Equal("Shirking rate (0–1)", KeyLabels.Label("agencies.shirking_rate"));
        Assert.Equal("Some waiting time (min)", KeyLabels.Label("no.such.some_waiting_time_minutes"));
    }

    [Fact]
    public void Every_key_the_experiments_sweep_has_a_human_label()
    {
        var keys = Directory.GetFiles(Path.Combine(ProjectPaths.Root, "experiments"), "*.yaml", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\bkey:\s*([a-z0-9_.]+)").Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var label = KeyLabels.Label(key);
            Assert.DoesNotContain("_", label);
            if (key.Contains('.')) Assert.DoesNotContain(key, label);
            Assert.True(char.IsUpper(label[0]), label);
        }

        foreach (var key in keys.Where(k => !k.EndsWith("policy", StringComparison.Ordinal) && k != "mode" && !k.StartsWith("platform.shared", StringComparison.Ordinal) && !k.EndsWith("dispatch", StringComparison.Ordinal)))
            Assert.NotEqual("", KeyLabels.Unit(key));
    }

    [Fact]
    public void Sensitivity_plots_write_pngs_under_plots()
    {
        using var dir = new TempDir();
        var morris = SensitivityPlots.Morris(dir.Path, "morris_latency.png", "test — Morris screening of mean latency", "points: μ* and σ over 20 trajectories",
            "mean latency (h)", [("Arrival rate", 12.0, 9.0, 15.0, 6.0), ("Leader push", 3.0, 1.5, 4.0, 1.0), ("Digital maturity", 0.5, 0.0, 1.2, 0.4)]);
        var sobol = SensitivityPlots.Sobol(dir.Path, "sobol_latency.png", "test — Sobol indices of mean latency", "bars: S1 and ST; error bars: bootstrap 95 % CI",
            [("Arrival rate", 0.6, 0.5, 0.7, 0.7, 0.6, 0.8), ("Leader push", 0.1, -0.02, 0.2, 0.2, 0.1, 0.3)]);

        Assert.Equal("morris_latency.png", morris);
        Assert.Equal("sobol_latency.png", sobol);
        AssertPng(Path.Combine(dir.Path, "plots", morris));
        AssertPng(Path.Combine(dir.Path, "plots", sobol));
    }
}
