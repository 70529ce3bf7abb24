using System.Globalization;
using GovSim.Experiments.Results;
using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// One comparison a − b of an outcome between two groups of runs, with the tests that fit how the runs were made
/// (<see cref="TwoSampleTest"/>, paired by seed when the groups share seeds) and Holm-adjusted p-values.
/// </summary>
internal sealed record Comparison(string A, string B, string Outcome, double MeanA, double MeanB, TwoSampleTest.Result Test, double? PHolm, double? RankPHolm)
{
    public string[] ToCsv(string table, string setting)
    {
        var row = SweepReport.Row(table, setting, A, B, Outcome, n: Csv.Number(Test.N1));
        void Set(string column, string value) => SweepReport.Set(row, column, value);
        Set("mean", Csv.Number(MeanA));
        Set("mean_b", Csv.Number(MeanB));
        Set("difference", Csv.Number(Test.Difference));
        Set("diff_ci_low", Csv.Number(Test.CiLow));
        Set("diff_ci_high", Csv.Number(Test.CiHigh));
        Set("paired", Csv.Bool(Test.Paired));
        Set("mean_test", Test.MeanTest);
        Set("t", Csv.Number(Test.T));
        Set("df", Csv.Number(Test.Df));
        Set("p", Pcsv(Test.MeanP));
        Set("p_holm", Pcsv(PHolm));
        Set("rank_test", Test.RankTest);
        Set("rank_statistic", Csv.Number(Test.RankStatistic));
        Set("rank_p", Pcsv(Test.RankP));
        Set("rank_p_holm", Pcsv(RankPHolm));
        Set("effect_size", Csv.Number(Test.CohensD));
        Set("effect_size_name", Test.CohensDName);
        Set("rank_biserial", Csv.Number(Test.RankBiserial));
        return row;
    }

    /// <summary>p-values in summary.csv keep every digit in scientific notation (never rounded to 0 as 6 decimals would).</summary>
    internal static string Pcsv(double? p) => p is { } v ? v.ToString("G6", CultureInfo.InvariantCulture).Replace('E', 'e') : "";

    public string ToMarkdown(string label) => string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {Outcome} | {Test.Difference:G4} {Interval()} | {(Test.Paired ? "paired" : "unpaired")}, n = {Test.N1} | {PValue.Format(Test.MeanP)} | {PValue.Format(PHolm)} | {PValue.Format(Test.RankP)} | {PValue.Format(RankPHolm)} | {(Test.CohensD is { } d ? d.ToString("F2", CultureInfo.InvariantCulture) : "–")} |\n");

    private string Interval() => Test.CiLow is { } lo && Test.CiHigh is { } hi
        ? string.Create(CultureInfo.InvariantCulture, $"[{lo:G4}, {hi:G4}]")
        : "";
}

internal static class Comparisons
{
    public const string TableHeader =
        "| comparison | outcome | difference [95 % CI] | runs | p (t) | p (t, Holm) | p (rank) | p (rank, Holm) | d |\n|---|---|---:|---|---:|---:|---:|---:|---:|\n";

    /// <summary>
    /// Every item (a pair of groups of runs) compared on every outcome; the p-values of an outcome are Holm-adjusted
    /// across the items — the family is one outcome's comparisons in one table.
    /// </summary>
    public static List<(T Item, Comparison Comparison)> Of<T>(IReadOnlyList<T> items, Func<T, (string A, string B)> names,
        Func<string, T, (List<(string Seed, double? Value)> A, List<(string Seed, double? Value)> B)> rows, IReadOnlyList<string>? outcomes = null)
    {
        var all = new List<(T, Comparison)>();
        foreach (var outcome in outcomes ?? SweepReport.Outcomes)
        {
            var tests = new List<(T Item, double MeanA, double MeanB, TwoSampleTest.Result Test)>();
            foreach (var item in items)
            {
                var (a, b) = rows(outcome, item);
                var samples = PairedSamples.Of(a, b);
                if (!samples.Testable) continue;
                tests.Add((item, samples.A.Average(), samples.B.Average(), TwoSampleTest.Choose(samples.A, samples.B, samples.Paired)));
            }

            var holm = Holm.Adjust(tests.Select(t => t.Test.MeanP).ToList());
            var rankHolm = Holm.Adjust(tests.Select(t => t.Test.RankP).ToList());
            all.AddRange(tests.Select((t, i) =>
            {
                var (a, b) = names(t.Item);
                return (t.Item, new Comparison(a, b, outcome, t.MeanA, t.MeanB, t.Test, holm[i], rankHolm[i]));
            }));
        }

        return all;
    }

    public static string Caption(string what, int pairs) =>
        $"Differences a − b between {what}s (mean of the first minus mean of the second) with a 95 % interval. Runs that share seeds " +
        "(common random numbers) are compared as pairs — paired t-test and Wilcoxon signed-rank test — others as independent " +
        "samples — Welch's t-test and Mann–Whitney U; rank tests are exact for up to 50 runs without ties. " +
        $"Holm-adjusted p-values control the family-wise error over the {pairs} comparison{(pairs == 1 ? "" : "s")} of each outcome; " +
        "d is Cohen's dz (paired) or d. summary.csv has every outcome and test statistic.";
}
