using System.Globalization;
using System.Text;
using GovSim.Experiments.Results;
using GovSim.Experiments.Statistics;
using GovSim.Experiments.Statistics.Sensitivity;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// The global sensitivity analysis of a morris or sobol sweep: the design is rebuilt from manifest.json (it depends on
/// the factors, its settings and the seed only), each point's output is the mean of its replications, and the
/// analysis gives μ*, μ, σ (Morris) or first-order and total Sobol indices (Saltelli 2010, Jansen), each with a
/// bootstrap 95 % interval. Written to sensitivity.csv (tidy: one estimate per row), summary.md and a plot per outcome.
/// </summary>
internal static class SensitivityReport
{
    public static readonly string[] Outcomes = ["latency_mean_h", "completion_rate", "cost_per_case"];

    public static readonly string[] Columns = ["method", "outcome", "factor", "statistic", "value", "ci_low", "ci_high", "rank"];

    public static void Append(string folder, StringBuilder md, CsvTable runs, SweepDesignInfo design, SweepManifest manifest)
    {
        var k = design.Factors.Count;
        var seed = (int)(design.Seed % int.MaxValue);
        var morris = design.Kind == "morris" ? MorrisDesign.Create(k, design.Trajectories, design.Levels, seed) : null;
        var sobol = design.Kind == "sobol" ? SobolDesign.Create(k, design.BaseSize, SampleBases.Parse(design.Base), seed) : null;
        var pointCount = morris?.PointCount ?? sobol!.PointCount;
        var csv = new Csv(Columns);
        var info = Plots.ExperimentInfo.Read(folder, RunGroups.Of(runs)); // labels that know linked keys ("all functions")
        md.Append($"\n## Sensitivity ({(morris is null ? "Sobol indices" : "Morris elementary effects")})\n\n");
        md.Append(morris is null
            ? "First-order index S1 (the share of the outcome's variance due to the factor alone; Saltelli 2010) and total index ST " +
              "(including all its interactions; Jansen 1999), each with a bootstrap 95 % interval over the base sample's rows. " +
              "ST − S1 is the part the factor owes to interactions; a factor with ST near 0 can be fixed anywhere in its range.\n"
            : "μ* (mean absolute elementary effect: how much moving the factor by a step of its range moves the outcome; bootstrap " +
              "95 % interval over trajectories), μ (its signed mean: the direction) and σ (its spread: non-linearity or interactions). " +
              "A factor with μ* near 0 hardly matters; one with σ comparable to μ* acts through interactions or curvature.\n");
        md.Append($"Factors and ranges: {string.Join(", ", design.Factors.Select((f, i) => Invariant($"`{f}` {design.Ranges[i].From:G4}–{design.Ranges[i].To:G4}")))}.\n");

        foreach (var outcome in Outcomes)
        {
            var outputs = PointMeans(runs, outcome, pointCount);
            if (outputs is null)
            {
                md.Append($"\n`{outcome}`: not every point has a value (runs missing, or no completed case), so no analysis.\n");
                continue;
            }

            var title = $"{manifest.Name ?? "sweep"} — sensitivity of {Plots.KeyLabels.Short(outcome)} ({runs.Rows.Count} runs, seed {design.Seed})";
            if (morris is not null)
            {
                var result = MorrisAnalysis.Analyze(morris, outputs, design.Bootstrap, seed, design.Factors);
                var ranked = result.Inputs.OrderByDescending(e => e.MuStar.Value).ToList();
                md.Append($"\n`{outcome}`:\n\n| rank | factor | μ* [95 % CI] | μ | σ |\n|---:|---|---:|---:|---:|\n");
                for (var r = 0; r < ranked.Count; r++)
                {
                    var e = ranked[r];
                    md.Append(Invariant($"| {r + 1} | `{e.Name}` | {e.MuStar.Value:G4} [{e.MuStar.Lower:G4}, {e.MuStar.Upper:G4}] | {e.Mu:G4} | {e.Sigma:G4} |\n"));
                    csv.Add(["morris", outcome, e.Name, "mu_star", Csv.Number(e.MuStar.Value), Csv.Number(e.MuStar.Lower), Csv.Number(e.MuStar.Upper), Csv.Number(r + 1)]);
                    csv.Add(["morris", outcome, e.Name, "mu", Csv.Number(e.Mu), "", "", ""]);
                    csv.Add(["morris", outcome, e.Name, "sigma", Csv.Number(e.Sigma), "", "", ""]);
                }

                var file = Plots.SensitivityPlots.Morris(folder, $"morris_{outcome}.png", title,
                    Invariant($"{design.Trajectories} trajectories × {k + 1} points, {design.Levels} levels; whiskers: bootstrap 95 % CI of μ*"),
                    Plots.KeyLabels.Label(outcome), ranked.Select(e => (info.Short(e.Name), e.MuStar.Value, e.MuStar.Lower, e.MuStar.Upper, e.Sigma)).ToList());
                md.Append($"\n![{file}](plots/{file})\n");
            }
            else
            {
                var result = SobolAnalysis.Analyze(sobol!, outputs, design.Bootstrap, seed, design.Factors);
                var ranked = result.Inputs.OrderByDescending(i => i.Total.Value).ToList();
                md.Append(Invariant($"\n`{outcome}` (variance {result.Variance:G4}):\n\n| rank | factor | S1 [95 % CI] | ST [95 % CI] |\n|---:|---|---:|---:|\n"));
                for (var r = 0; r < ranked.Count; r++)
                {
                    var i = ranked[r];
                    md.Append(Invariant($"| {r + 1} | `{i.Name}` | {i.FirstOrder.Value:F3} [{i.FirstOrder.Lower:F3}, {i.FirstOrder.Upper:F3}] | {i.Total.Value:F3} [{i.Total.Lower:F3}, {i.Total.Upper:F3}] |\n"));
                    csv.Add(["sobol", outcome, i.Name, "S1", Csv.Number(i.FirstOrder.Value), Csv.Number(i.FirstOrder.Lower), Csv.Number(i.FirstOrder.Upper), Csv.Number(r + 1)]);
                    csv.Add(["sobol", outcome, i.Name, "ST", Csv.Number(i.Total.Value), Csv.Number(i.Total.Lower), Csv.Number(i.Total.Upper), Csv.Number(r + 1)]);
                }

                var file = Plots.SensitivityPlots.Sobol(folder, $"sobol_{outcome}.png", title,
                    Invariant($"base sample {design.BaseSize} ({design.Base}), {pointCount} points; bars: bootstrap 95 % CI"),
                    ranked.Select(i => (info.Short(i.Name), i.FirstOrder.Value, i.FirstOrder.Lower, i.FirstOrder.Upper, i.Total.Value, i.Total.Lower, i.Total.Upper)).ToList());
                md.Append($"\n![{file}](plots/{file})\n");
            }
        }

        csv.WriteTo(Path.Combine(folder, "sensitivity.csv"));
    }

    /// <summary>Each design point's mean outcome over its replications, in design order; null if any is missing.</summary>
    private static double[]? PointMeans(CsvTable runs, string outcome, int points)
    {
        int id = runs.Column("run_id"), column = runs.Column(outcome);
        if (column < 0) return null;
        var sums = new double[points];
        var counts = new int[points];
        foreach (var row in runs.Rows)
        {
            if (SweepPlan.DesignPointOf(row[id]) is not { } point || point >= points) continue;
            if (CsvTable.Number(row[column]) is not { } value || !double.IsFinite(value)) continue;
            sums[point] += value;
            counts[point]++;
        }

        return counts.Any(c => c == 0) ? null : sums.Select((s, i) => s / counts[i]).ToArray();
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
