using System.Globalization;
using System.Text;
using GovSim.Experiments.Results;
using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// summary.md, summary.csv and plots/*.png of a results folder, from its runs.csv (and cases.csv, breakdown.csv and
/// manifest.json when present), written as a report: the design; each setting's means by mode and the modes compared;
/// each varied factor's effect (its levels compared within the settings of the other factors, and a linear model of
/// main effects and two-way interactions); the groups of cases; a sensitivity analysis for Morris and Sobol designs;
/// caveats. Tests fit the design: paired (by seed) when points share seeds, unpaired otherwise; p-values are
/// Holm-adjusted within each family, stated where it is printed.
/// </summary>
public static class SweepReport
{
    public static readonly string[] Outcomes =
    [
        "completion_rate", "on_time_rate", "latency_mean_h", "latency_km_median_h", "latency_rmst_h", "latency_p90_h",
        "trips_mean", "satisfaction_mean", "cases_abandoned", "escalations_total", "leader_interventions", "cost_per_case",
        "cost_total", "rework_total", "platform_fallbacks", "latency_mean_skilled_h", "latency_mean_unskilled_h", "mser_warmup_days",
    ];

    private static readonly string[] Headline = ["completion_rate", "on_time_rate", "latency_mean_h", "latency_km_median_h", "trips_mean", "cost_per_case", "satisfaction_mean"];

    /// <summary>The outcomes whose comparisons summary.md prints (summary.csv has them all).</summary>
    internal static readonly string[] Printed = ["latency_mean_h", "completion_rate"];

    public static readonly string[] SummaryColumns =
    [
        "table", "setting", "mode", "mode_b", "outcome", "n", "mean", "sd", "ci_low", "ci_high", "mean_b", "difference",
        "diff_ci_low", "diff_ci_high", "paired", "mean_test", "t", "df", "p", "p_holm", "rank_test", "rank_statistic",
        "rank_p", "rank_p_holm", "effect_size", "effect_size_name", "rank_biserial", "dimension", "group",
    ];

    public static void Build(string folder)
    {
        var runs = CsvTable.ReadChecked(Path.Combine(folder, "runs.csv"), ["run_id", "mode", "seed", "replication", "cases_submitted"],
            "a runs.csv written by govsim run or govsim sweep");
        var manifest = SweepManifest.Read(folder);
        var groups = RunGroups.Of(runs);
        var summary = new Csv(SummaryColumns);
        var md = new StringBuilder($"# Summary{(manifest.Name is { } name ? $": {name}" : "")}\n");
        ReportDesign.Append(md, runs, groups, manifest);

        // A sensitivity design has a point per setting: its means stay in summary.csv, its analysis is the Sensitivity section.
        var sensitivity = manifest.Design is { Kind: "morris" or "sobol" };
        var report = sensitivity ? new StringBuilder() : md;
        if (sensitivity)
            md.Append($"\nThe {groups.Settings.Count} design points are not listed one by one: their means are in summary.csv (table `mean`), and the Sensitivity section below analyses them.\n");
        foreach (var setting in groups.Settings)
        {
            report.Append($"\n## {(setting.Length == 0 ? "All runs" : setting)}\n\n| mode | n | {string.Join(" | ", Headline)} |\n|---|---:|{string.Concat(Headline.Select(_ => "---:|"))}\n");
            var modes = groups.Modes(setting);
            foreach (var mode in modes)
            {
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var outcome in Outcomes)
                {
                    var d = Describe.Of(groups.Values(setting, mode, outcome));
                    summary.Add(Row("mean", setting, mode, "", outcome, n: Csv.Number(d.N), mean: Csv.Number(d.Mean), sd: Csv.Number(d.Sd),
                        ciLow: Csv.Number(d.CiLow), ciHigh: Csv.Number(d.CiHigh)));
                    if (Headline.Contains(outcome)) cells[outcome] = Cell(d);
                }

                report.Append($"| {mode} | {groups.Values(setting, mode, Outcomes[0]).Count} | {string.Join(" | ", Headline.Select(h => cells[h]))} |\n");
            }

            if (modes.Count < 2) continue;
            var pairs = new List<(string A, string B)>();
            for (var i = 0; i < modes.Count; i++)
                for (var j = i + 1; j < modes.Count; j++) pairs.Add((modes[i], modes[j]));
            var comparisons = Comparisons.Of(pairs, p => p, (outcome, p) => (groups.Rows(setting, p.A, outcome), groups.Rows(setting, p.B, outcome)));
            report.Append($"\n{Comparisons.Caption("mode", pairs.Count)}\n\n").Append(Comparisons.TableHeader);
            foreach (var (_, c) in comparisons)
            {
                summary.Add(c.ToCsv("comparison", setting));
                if (Printed.Contains(c.Outcome)) report.Append(c.ToMarkdown($"{c.A} − {c.B}"));
            }
        }

        // A sensitivity design's points are not a factorial grid: its factors are analysed in the Sensitivity section.
        if (!sensitivity) FactorReport.Append(md, summary, runs, groups);
        AppendBreakdown(folder, groups, summary, md);
        if (manifest.Design is { Kind: not "grid" } design) SensitivityReport.Append(folder, md, runs, design, manifest);
        ReportDesign.AppendCaveats(md, runs);
        summary.WriteTo(Path.Combine(folder, "summary.csv"));
        var plots = SweepPlots.Draw(folder, groups);
        md.Append("\n## Plots\n\n").Append(string.Concat(plots.Select(p => $"![{p}](plots/{p})\n")));
        AtomicFile.Write(Path.Combine(folder, "summary.md"), md.ToString());
    }

    /// <summary>A summary.csv row with the named cells filled and the rest empty.</summary>
    internal static string[] Row(string table, string setting, string mode, string modeB, string outcome, string n = "", string mean = "",
        string sd = "", string ciLow = "", string ciHigh = "", string dimension = "", string group = "")
    {
        var row = new string[SummaryColumns.Length];
        Array.Fill(row, "");
        (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9]) = (table, setting, mode, modeB, outcome, n, mean, sd, ciLow, ciHigh);
        (row[^2], row[^1]) = (dimension, group);
        return row;
    }

    /// <summary>Fills one named cell of a summary.csv row.</summary>
    internal static void Set(string[] row, string column, string value) => row[Array.IndexOf(SummaryColumns, column)] = value;

    private static readonly string[] BreakdownOutcomes = ["cases_submitted", "completion_rate", "on_time_rate", "latency_mean_h", "latency_km_median_h", "trips_mean", "cost_mean"];

    /// <summary>
    /// Means over runs of the groups of the breakdown dimensions the sweep file names (manifest.json, "breakdown"):
    /// by region, digital group, scope, ..., within each setting and mode.
    /// </summary>
    private static void AppendBreakdown(string folder, RunGroups groups, Csv summary, StringBuilder md)
    {
        var manifest = Path.Combine(folder, "manifest.json");
        var file = Path.Combine(folder, "breakdown.csv");
        if (!File.Exists(manifest) || !File.Exists(file)) return;
        var dimensions = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))?["breakdown"]?.AsArray()
            .Select(d => d?.GetValue<string>() ?? "").Where(d => d.Length > 0).ToList() ?? [];
        if (dimensions.Count == 0) return;
        var table = CsvTable.Read(file);
        var keys = groups.RunKeys();
        int Col(string name) => table.Column(name);
        foreach (var dimension in dimensions)
        {
            var rows = table.Rows.Where(r => r[Col("dimension")] == dimension && keys.ContainsKey(r[Col("run_id")])).ToList();
            var cells = rows.GroupBy(r => (keys[r[Col("run_id")]].Setting, keys[r[Col("run_id")]].Mode, Group: r[Col("group")]))
                .OrderBy(g => groups.Settings.IndexOf(g.Key.Setting)).ThenBy(g => g.Key.Mode, StringComparer.Ordinal).ThenBy(g => g.Key.Group, StringComparer.Ordinal);
            md.Append($"\n## By {dimension.Replace('_', ' ')}\n\nMeans over runs (95 % CI) of each group of cases (breakdown.csv).\n\n" +
                $"| setting | mode | {dimension} | runs | {string.Join(" | ", BreakdownOutcomes)} |\n|---|---|---|---:|{string.Concat(BreakdownOutcomes.Select(_ => "---:|"))}\n");
            foreach (var g in cells)
            {
                var values = new List<string>();
                foreach (var outcome in BreakdownOutcomes)
                {
                    var xs = g.Select(r => CsvTable.Number(r[Col(outcome)])).Where(x => x.HasValue).Select(x => x!.Value).ToList();
                    var d = Describe.Of(xs);
                    summary.Add(Row("breakdown", g.Key.Setting, g.Key.Mode, "", outcome, Csv.Number(d.N), Csv.Number(d.Mean), Csv.Number(d.Sd),
                        Csv.Number(d.CiLow), Csv.Number(d.CiHigh), dimension, g.Key.Group));
                    values.Add(d.N == 0 ? "–" : Cell(d));
                }

                md.Append($"| {(g.Key.Setting.Length == 0 ? "all" : g.Key.Setting)} | {g.Key.Mode} | {g.Key.Group} | {g.Count()} | {string.Join(" | ", values)} |\n");
            }
        }
    }

    internal static string Cell(Describe d) => d.CiLow is null
        ? Csv.Number(Math.Round(d.Mean, 3))
        : string.Create(CultureInfo.InvariantCulture, $"{d.Mean:G4} [{d.CiLow:G4}, {d.CiHigh:G4}]");
}
