using System.Globalization;
using System.Text;
using GovSim.Experiments.Results;
using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// Every factor a sweep varies, not only mode: each factor's levels compared with its first level within every
/// setting of the other factors (paired by seed where the design shares seeds), and, for the factorial part of the
/// design, a linear model of each printed outcome with main effects and two-way interactions (<see cref="FactorialModel"/>).
/// A factor with more than <see cref="MaxLevels"/> values (a sampled, continuous one) is left to the plots and, in
/// sensitivity designs, to the sensitivity analysis.
/// </summary>
internal static class FactorReport
{
    public const int MaxLevels = 12;

    public static void Append(StringBuilder md, Csv summary, CsvTable runs, RunGroups groups)
    {
        var factors = groups.Varying.ToList();
        if (groups.AllModes.Count > 1) factors.Insert(0, "mode");
        var others = factors.Where(f => f != "mode").ToList();
        if (others.Count == 0) return; // mode alone: compared setting by setting above
        md.Append("\n## Factor effects\n");
        var categorical = factors.Where(f => Levels(groups, f).Count <= MaxLevels).ToList();
        foreach (var factor in others)
        {
            var levels = Levels(groups, factor);
            md.Append($"\n### `{factor}`\n\n");
            if (levels.Count > MaxLevels)
            {
                md.Append(Invariant($"`{factor}` takes {levels.Count} values (a continuous factor): see its plots, and the sensitivity analysis where there is one.\n"));
                continue;
            }

            var rest = factors.Where(f => f != factor).ToList();
            var strata = groups.AllRows.GroupBy(r => string.Join(", ", rest.Select(f => $"{f}={groups.Cell(r, f)}")))
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            var items = strata.SelectMany(s => levels.Skip(1).Select(level => (Stratum: s, A: level, B: levels[0]))).ToList();
            var comparisons = Comparisons.Of(items, i => (i.A, i.B),
                (outcome, i) => (groups.SeededValues(i.Stratum.Where(r => groups.Cell(r, factor) == i.A), outcome),
                    groups.SeededValues(i.Stratum.Where(r => groups.Cell(r, factor) == i.B), outcome)));
            md.Append(Invariant($"Each level against `{levels[0]}`, within every setting of the other factors ({strata.Count} setting{(strata.Count == 1 ? "" : "s")}). "))
                .Append(Comparisons.Caption($"level of `{factor}`", items.Count)).Append("\n\n")
                .Append(Comparisons.TableHeader.Replace("| comparison |", "| setting: a − b |"));
            foreach (var (item, c) in comparisons)
            {
                summary.Add(c.ToCsv("factor:" + factor, item.Stratum.Key));
                if (SweepReport.Printed.Contains(c.Outcome)) md.Append(c.ToMarkdown($"{(item.Stratum.Key.Length == 0 ? "" : item.Stratum.Key + ": ")}{c.A} − {c.B}"));
            }
        }

        AppendModel(md, summary, groups, categorical);
    }

    /// <summary>Main effects and two-way interactions of the categorical factors, one linear model per printed outcome.</summary>
    private static void AppendModel(StringBuilder md, Csv summary, RunGroups groups, List<string> factors)
    {
        if (factors.Count < 2) return;
        md.Append("\n### Main effects and interactions\n\n")
            .Append($"A linear model of each run's outcome on {string.Join(", ", factors.Select(f => $"`{f}`"))} with effect coding: a level's main " +
                "effect is its deviation from the grand mean, averaged over the other factors, with a 95 % interval from the residual variance; " +
                "each term is tested against the model without it (F test). Two-way interactions are in the model when the runs can estimate " +
                "them; their cells are in summary.csv (table `interaction`). p (Holm) is adjusted over the terms of one outcome's model.\n");
        foreach (var outcome in SweepReport.Printed)
        {
            var rows = groups.AllRows
                .Select(r => (Levels: factors.Select(f => groups.Cell(r, f)).ToArray(), Y: CsvTable.Number(groups.Cell(r, outcome))))
                .Where(r => r.Y.HasValue).Select(r => (r.Levels, r.Y!.Value)).ToList();
            var model = FactorialModel.Fit(factors, rows);
            if (model is null)
            {
                md.Append($"\n`{outcome}`: the runs cannot fit the model (a setting without runs, or too few runs).\n");
                continue;
            }

            var holm = Holm.Adjust(model.Tests.Select(t => (double?)t.P).ToList());
            md.Append(Invariant($"\n`{outcome}` (grand mean {model.GrandMean:G4}, residual sd {model.ResidualSd:G3}, {model.ResidualDf} residual df{(model.Interactions ? "" : "; main effects only")}):\n\n"))
                .Append("| term | df | F | p | p (Holm) |\n|---|---:|---:|---:|---:|\n");
            for (var i = 0; i < model.Tests.Count; i++)
            {
                var t = model.Tests[i];
                md.Append(Invariant($"| {t.Term} | {t.Df} | {t.F:G4} | {PValue.Format(t.P)} | {PValue.Format(holm[i])} |\n"));
                var row = SweepReport.Row("model_term", "", t.Term, "", outcome);
                SweepReport.Set(row, "df", Csv.Number(t.Df));
                SweepReport.Set(row, "t", Csv.Number(t.F));
                SweepReport.Set(row, "mean_test", "F");
                SweepReport.Set(row, "p", Comparison.Pcsv(t.P));
                SweepReport.Set(row, "p_holm", Comparison.Pcsv(holm[i]));
                summary.Add(row);
            }

            md.Append("\n| factor | level | main effect [95 % CI] |\n|---|---|---:|\n");
            foreach (var e in model.Effects)
            {
                var main = !e.Term.Contains(" × ", StringComparison.Ordinal);
                if (main) md.Append(Invariant($"| {e.Term} | {e.Level} | {e.Estimate:G4} [{e.CiLow:G4}, {e.CiHigh:G4}] |\n"));
                summary.Add(SweepReport.Row(main ? "main_effect" : "interaction", e.Level, e.Term, "", outcome,
                    mean: Csv.Number(e.Estimate), ciLow: Csv.Number(e.CiLow), ciHigh: Csv.Number(e.CiHigh)));
            }
        }
    }

    /// <summary>A factor's levels in order: numerically where they are numbers.</summary>
    private static List<string> Levels(RunGroups groups, string factor)
    {
        var levels = groups.AllRows.Select(r => groups.Cell(r, factor)).Distinct().ToList();
        return levels.All(l => CsvTable.Number(l).HasValue)
            ? levels.OrderBy(l => CsvTable.Number(l)!.Value).ToList()
            : levels.Order(StringComparer.Ordinal).ToList();
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
