using System.Globalization;
using System.Text;
using GovSim.Experiments.Results;
using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// summary.md, summary.csv and plots/*.png of a results folder, from its runs.csv (and cases.csv for case-level
/// latency). Runs are grouped by mode and by the values of the parameters that vary; each group gets the mean, sd and
/// 95 % t confidence interval of every outcome over its replications; modes are compared pairwise within each setting.
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

    public static void Build(string folder)
    {
        var runs = CsvTable.ReadChecked(Path.Combine(folder, "runs.csv"), ["run_id", "mode", "replication", "cases_submitted"],
            "a runs.csv written by govsim run or govsim sweep");
        var groups = RunGroups.Of(runs);
        var summary = new Csv(["table", "setting", "mode", "mode_b", "outcome", "n", "mean", "sd", "ci_low", "ci_high", "mean_b",
            "difference", "welch_t", "welch_df", "welch_p", "mann_whitney_u", "mann_whitney_p", "cohens_d", "rank_biserial", "dimension", "group"]);
        var md = new StringBuilder($"# Summary\n\n{runs.Rows.Count} runs. Means over replications with 95 % confidence intervals (Student's t); " +
            "pairwise comparisons between modes: Welch's t-test, Mann–Whitney U, Cohen's d.\n");
        if (groups.Varying.Count > 0) md.Append($"Varied: {string.Join(", ", groups.Varying.Select(v => $"`{v}`"))}.\n");
        md.Append("Completion and on-time rates are over the cohort of cases submitted after the warm-up and at least " +
            "`observation.cohort_margin_days` before the end; `latency_mean_h` is over completed cases only; " +
            "`latency_km_median_h` is the Kaplan–Meier median with open and abandoned cases censored.\n");
        var steady = runs.Column("steady_state");
        var unsteady = steady < 0 ? [] : runs.Rows.Where(r => r[steady] == "false").Select(r => r[runs.Column("run_id")]).ToList();
        if (unsteady.Count > 0)
            md.Append($"\n**Caveat:** {unsteady.Count} of {runs.Rows.Count} runs are not in steady state (the total backlog still grows over " +
                "the second half of the run; `steady_state` = false in runs.csv); their means describe a transient, not a long-run level.\n");

        foreach (var setting in groups.Settings)
        {
            md.Append($"\n## {(setting.Length == 0 ? "All runs" : setting)}\n\n| mode | n | {string.Join(" | ", Headline)} |\n|---|---:|{string.Concat(Headline.Select(_ => "---:|"))}\n");
            var modes = groups.Modes(setting);
            foreach (var mode in modes)
            {
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var outcome in Outcomes)
                {
                    var d = Describe.Of(groups.Values(setting, mode, outcome));
                    summary.Add(["mean", setting, mode, "", outcome, Csv.Number(d.N), Csv.Number(d.Mean), Csv.Number(d.Sd), Csv.Number(d.CiLow), Csv.Number(d.CiHigh),
                        "", "", "", "", "", "", "", "", "", "", ""]);
                    if (Headline.Contains(outcome)) cells[outcome] = Cell(d);
                }

                md.Append($"| {mode} | {groups.Values(setting, mode, Outcomes[0]).Count} | {string.Join(" | ", Headline.Select(h => cells[h]))} |\n");
            }

            if (modes.Count < 2) continue;
            md.Append("\n| comparison | outcome | difference | Welch p | Mann–Whitney p | Cohen's d |\n|---|---|---:|---:|---:|---:|\n");
            for (var i = 0; i < modes.Count; i++)
                for (var j = i + 1; j < modes.Count; j++)
                    foreach (var outcome in Outcomes)
                    {
                        var a = groups.Values(setting, modes[i], outcome);
                        var b = groups.Values(setting, modes[j], outcome);
                        if (a.Count == 0 || b.Count == 0) continue;
                        var c = Compare.Of(a, b);
                        summary.Add(["comparison", setting, modes[i], modes[j], outcome, Csv.Number(a.Count), Csv.Number(a.Average()), "", "", "",
                            Csv.Number(b.Average()), Csv.Number(c.Difference), Csv.Number(c.WelchT), Csv.Number(c.WelchDf), Csv.Number(c.WelchP),
                            Csv.Number(c.U), Csv.Number(c.MannWhitneyP), Csv.Number(c.CohensD), Csv.Number(c.RankBiserial), "", ""]);
                        if (outcome is "latency_mean_h" or "completion_rate")
                            md.Append(string.Create(CultureInfo.InvariantCulture,
                                $"| {modes[i]} − {modes[j]} | {outcome} | {c.Difference:G4} | {P(c.WelchP)} | {P(c.MannWhitneyP)} | {(c.CohensD is { } d ? d.ToString("F2", CultureInfo.InvariantCulture) : "–")} |\n"));
                    }
        }

        AppendBreakdown(folder, groups, summary, md);
        summary.WriteTo(Path.Combine(folder, "summary.csv"));
        var plots = SweepPlots.Draw(folder, groups);
        md.Append("\n## Plots\n\n").Append(string.Concat(plots.Select(p => $"![{p}](plots/{p})\n")));
        AtomicFile.Write(Path.Combine(folder, "summary.md"), md.ToString());
    }

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
                    summary.Add(["breakdown", g.Key.Setting, g.Key.Mode, "", outcome, Csv.Number(d.N), Csv.Number(d.Mean), Csv.Number(d.Sd), Csv.Number(d.CiLow), Csv.Number(d.CiHigh),
                        "", "", "", "", "", "", "", "", "", dimension, g.Key.Group]);
                    values.Add(d.N == 0 ? "–" : Cell(d));
                }

                md.Append($"| {(g.Key.Setting.Length == 0 ? "all" : g.Key.Setting)} | {g.Key.Mode} | {g.Key.Group} | {g.Count()} | {string.Join(" | ", values)} |\n");
            }
        }
    }

    private static string Cell(Describe d) => d.CiLow is null
        ? Csv.Number(Math.Round(d.Mean, 3))
        : string.Create(CultureInfo.InvariantCulture, $"{d.Mean:G4} [{d.CiLow:G4}, {d.CiHigh:G4}]");

    private static string P(double? p) => p switch
    {
        null => "–",
        < 0.001 => "< 0.001",
        _ => p.Value.ToString("F3", CultureInfo.InvariantCulture),
    };
}
