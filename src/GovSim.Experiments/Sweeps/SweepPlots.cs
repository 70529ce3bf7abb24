using GovSim.Experiments.Statistics;
using GovSim.Experiments.Sweeps.Plots;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// The plots of a results folder (ScottPlot, PNG, under plots/), each titled with the experiment, its runs and seeds,
/// captioned with what its marks are, labelled with units, and with one colour per mode throughout: the latency
/// distribution per mode, completion and on-time rates, trips, Kaplan–Meier curves when cases.csv exists, each outcome
/// against every numeric key that varies (one line per mode with a confidence band), grouped bars for keys that vary
/// but are not numbers, and heat maps when exactly two numeric keys vary. Returns the file names, for summary.md.
/// </summary>
public static class SweepPlots
{
    /// <summary>The outcomes drawn against each varied key: how long cases take and how many finish.</summary>
    private static readonly (string Outcome, string File)[] FactorOutcomes = [("latency_mean_h", "latency"), ("completion_rate", "completion")];

    public static List<string> Draw(string folder, RunGroups groups)
    {
        var info = ExperimentInfo.Read(folder, groups);
        var modes = ModeColours.Ordered(groups.AllModes);
        var cases = CaseLatencies.Read(folder, groups);
        var files = new List<string>
        {
            ModePlots.LatencyBoxes(folder, info, groups, modes, cases),
            ModePlots.Rates(folder, info, groups, modes),
            ModePlots.Trips(folder, info, groups, modes),
        };
        if (cases is not null) files.Add(SurvivalPlot.Draw(folder, info, groups, modes, cases));

        var numeric = groups.Varying.Where(v => groups.Settings.All(s => CsvTable.Number(groups.ValueOf(s, v)) is not null)).ToList();
        foreach (var key in groups.Varying)
            foreach (var (outcome, name) in FactorOutcomes)
                files.Add(numeric.Contains(key)
                    ? FactorLines.Draw(folder, info, groups, modes, key, outcome, $"{name}_vs_{Safe(key)}.png")
                    : FactorBars.Draw(folder, info, groups, modes, key, outcome, $"{name}_by_{Safe(key)}.png"));

        // A heat map needs a grid: two keys set at a few levels each, not sampled.
        if (numeric.Count == 2 && numeric.All(k => groups.Settings.Select(s => groups.ValueOf(s, k)).Distinct().Count() <= FactorLines.MaxLevels))
            foreach (var (outcome, name) in FactorOutcomes)
                foreach (var mode in modes)
                    files.Add(HeatMap.Draw(folder, info, groups, mode, numeric[0], numeric[1], outcome,
                        $"heatmap_{name}_{Safe(numeric[0])}_{Safe(numeric[1])}{(modes.Count == 1 ? "" : "_" + Safe(mode))}.png"));
        return files;
    }

    private static string Safe(string key) => string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' ? c : '_'));
}
