using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// An outcome for each value of a key that varies but is not a number (platform.parallel_dispatch true/false, a proof
/// policy): a group of bars per value, one bar per mode in its colour, with 95 % t confidence intervals over runs.
/// </summary>
internal static class FactorBars
{
    public static string Draw(string folder, ExperimentInfo info, RunGroups groups, IReadOnlyList<string> modes, string key, string outcome, string fileName)
    {
        var values = groups.Settings.Select(s => groups.ValueOf(s, key)).Distinct(StringComparer.Ordinal).ToList();
        var others = groups.Varying.Where(v => v != key).ToList();
        var plot = Figure.Create(info.Title($"{info.Short(outcome)} by {info.Short(key)} and mode"),
            "bars: mean over runs; error bars: 95 % t confidence interval of that mean" + info.Pooled(others));
        var slot = modes.Count + 1;
        for (var v = 0; v < values.Count; v++)
        {
            var settings = groups.Settings.Where(s => groups.ValueOf(s, key) == values[v]).ToList();
            for (var m = 0; m < modes.Count; m++)
                ModePlots.Bar(plot, v * slot + m, Describe.Of(settings.SelectMany(s => groups.Values(s, modes[m], outcome)).ToList()), ModeColours.Of(modes[m]));
        }

        plot.Axes.Bottom.SetTicks(values.Select((_, v) => v * slot + (modes.Count - 1) / 2.0).ToArray(), values.Select(KeyLabels.Value).ToArray());
        foreach (var mode in modes) Figure.Swatch(plot, mode, ModeColours.Of(mode));
        Figure.Legend(plot);
        plot.XLabel(info.Label(key));
        plot.YLabel(info.Label(outcome));
        plot.Axes.Margins(bottom: 0);
        return Figure.Save(plot, folder, fileName);
    }
}
