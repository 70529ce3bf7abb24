using System.Globalization;
using System.Text;
using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Sweeps;

/// <summary>The design section that opens summary.md and the caveats that close it.</summary>
internal static class ReportDesign
{
    public static void Append(StringBuilder md, CsvTable runs, RunGroups groups, SweepManifest manifest)
    {
        var d = manifest.Design;
        var seeds = runs.Rows.Select(r => r[runs.Column("seed")]).Distinct().Count();
        var points = runs.Rows.Select(r => string.Join("|", groups.Varying.Select(v => groups.Cell(r, v)).Append(r[runs.Column("mode")]))).Distinct().Count();
        md.Append("\n## Design\n\n");
        md.Append(Invariant($"{runs.Rows.Count} runs: {points} point{(points == 1 ? "" : "s")}"));
        if (d is not null)
        {
            md.Append(d.Kind switch
            {
                "morris" => Invariant($" of a Morris design ({d.Trajectories} trajectories on {d.Levels} levels of {d.Factors.Count} factors)"),
                "sobol" => Invariant($" of a Saltelli design for Sobol indices (base sample of {d.BaseSize}, {d.Base} points, {d.Factors.Count} factors)"),
                _ => " of a grid",
            });
            md.Append(d.Replications == "auto"
                ? Invariant($", replications added to each point until the 95 % CI half-width of `{d.AutoOutcome}` was at most {d.AutoRelativeHalfWidth:P0} of its mean (or the cap was reached)")
                : Invariant($", {d.Replications} replication{(d.Replications == "1" ? "" : "s")} each"));
            md.Append(Invariant($"; seeds derived from base seed {d.Seed}, "));
            md.Append(d.CommonRandomNumbers
                ? "with common random numbers — every point of a replication runs with the same seed, so points are compared as pairs"
                : "a seed per point and replication — points are compared as independent samples");
        }

        md.Append(Invariant($" ({seeds} distinct seed{(seeds == 1 ? "" : "s")}).\n"));
        if (groups.Varying.Count > 0) md.Append($"Varied: {string.Join(", ", groups.Varying.Select(v => $"`{v}`"))}.\n");
        if (d?.DurationDays is { } days)
            md.Append(Invariant($"Each run lasts {days} simulated days; the first {d.WarmupDays} are a warm-up, excluded from every case statistic. "));
        md.Append("The warm-up follows the model's run-length rule (ODD 7.11): MSER-5 on the daily mean latency of pilot runs of the " +
            "default scenario (experiments/run-length) suggested 21 days, and the run is long enough for a cohort of cases to finish.");
        var mser = runs.Column("mser_warmup_days");
        if (mser >= 0)
        {
            var cuts = runs.Rows.Select(r => CsvTable.Number(r[mser])).Where(x => x.HasValue).Select(x => x!.Value).ToList();
            if (cuts.Count > 0)
                md.Append(Invariant($" MSER-5 on each run's own daily latency (`mser_warmup_days`) suggests a median of {Median(cuts):G3} days (at most {cuts.Max():G3})."));
        }

        md.Append("\n\nCompletion and on-time rates are over the cohort of cases submitted after the warm-up and at least " +
            "`observation.cohort_margin_days` before the end; `latency_mean_h` is over completed cases only; " +
            "`latency_km_median_h` is the Kaplan–Meier median with open and abandoned cases censored. Means over replications " +
            "with 95 % confidence intervals (Student's t).\n");
    }

    public static void AppendCaveats(StringBuilder md, CsvTable runs)
    {
        var steady = runs.Column("steady_state");
        var unsteady = steady < 0 ? [] : runs.Rows.Where(r => r[steady] == "false").ToList();
        md.Append("\n## Caveats\n\n");
        if (unsteady.Count == 0)
        {
            md.Append("Every run is in steady state (the total backlog does not grow over the second half of the run).\n");
            return;
        }

        md.Append(Invariant($"{unsteady.Count} of {runs.Rows.Count} runs are **not in steady state** (the total backlog still grows over the "))
            .Append("second half of the run; `steady_state` = false in runs.csv). They are kept in the tables above, which therefore describe a " +
                "transient for those settings, not a long-run level:\n\n");
        var mode = runs.Column("mode");
        foreach (var g in unsteady.GroupBy(r => r[mode]).OrderBy(g => g.Key, StringComparer.Ordinal))
            md.Append(Invariant($"- {g.Key}: {g.Count()} run{(g.Count() == 1 ? "" : "s")}\n"));
    }

    private static double Median(List<double> xs)
    {
        var sorted = xs.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
