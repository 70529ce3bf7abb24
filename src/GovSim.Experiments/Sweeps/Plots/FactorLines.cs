using System.Globalization;
using GovSim.Experiments.Statistics;
using ScottPlot;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// An outcome against a numeric key that varies (latency against load in a load sweep): one line per mode through the
/// means over runs at each value, in a band of their 95 % t confidence intervals. When exactly one other key varies,
/// with a few values, each of its values gets its own line style instead of being pooled, so an interaction shows.
/// A key sampled rather than set at levels (Latin hypercube, Morris, Sobol designs) has a value per run: then each
/// run is a point, since a line through single runs would only draw their noise.
/// </summary>
internal static class FactorLines
{
    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];
    private static readonly MarkerShape[] Markers = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];

    /// <summary>The most distinct values a key may take and still count as set at levels.</summary>
    public const int MaxLevels = 12;

    public static string Draw(string folder, ExperimentInfo info, RunGroups groups, IReadOnlyList<string> modes, string key, string outcome, string fileName)
    {
        if (Values(groups, key).Count > MaxLevels) return DrawSampled(folder, info, groups, modes, key, outcome, fileName);
        var others = groups.Varying.Where(v => v != key).ToList();
        var split = others.Count == 1 && Values(groups, others[0]).Count <= Patterns.Length ? others[0] : null;
        var splits = split is null ? [null] : Values(groups, split).Cast<string?>().ToList();
        var caption = "points: mean over runs at each value; band: 95 % t confidence interval of that mean" +
            (split is null ? info.Pooled(others) : $"; one line style per {info.Short(split)}");
        var plot = Figure.Create(info.Title($"{info.Short(outcome)} by {info.Short(key)}"), caption);

        var xsAll = new SortedSet<double>();
        foreach (var mode in modes)
            for (var k = 0; k < splits.Count; k++)
            {
                var points = groups.Settings
                    .Where(s => groups.Modes(s).Contains(mode) && (split is null || groups.ValueOf(s, split) == splits[k]))
                    .GroupBy(s => CsvTable.Number(groups.ValueOf(s, key))!.Value)
                    .OrderBy(g => g.Key)
                    .Select(g => (X: g.Key, D: Describe.Of(g.SelectMany(s => groups.Values(s, mode, outcome)).ToList())))
                    .Where(p => p.D.N > 0)
                    .ToArray();
                if (points.Length == 0) continue;
                var colour = ModeColours.Of(mode);
                var xs = points.Select(p => p.X).ToArray();
                xsAll.UnionWith(xs);
                var band = points.Where(p => p.D.CiLow is not null).ToArray();
                if (band.Length > 1)
                {
                    var fill = plot.Add.FillY(band.Select(p => p.X).ToArray(), band.Select(p => p.D.CiLow!.Value).ToArray(), band.Select(p => p.D.CiHigh!.Value).ToArray());
                    fill.FillColor = colour.WithAlpha(0.18);
                    fill.LineWidth = 0;
                }

                var line = plot.Add.Scatter(xs, points.Select(p => p.D.Mean).ToArray(), colour);
                line.LineWidth = 2;
                line.LinePattern = Patterns[k];
                line.MarkerShape = Markers[k];
                line.MarkerSize = 8;
                line.LegendText = split is null ? mode : $"{mode}, {info.Short(split)} = {KeyLabels.Value(splits[k]!)}";
            }

        if (xsAll.Count is > 0 and <= MaxLevels)
            plot.Axes.Bottom.SetTicks([.. xsAll], xsAll.Select(x => x.ToString("G4", CultureInfo.InvariantCulture)).ToArray());
        plot.XLabel(info.Label(key));
        plot.YLabel(info.Label(outcome));
        Figure.Legend(plot);
        return Figure.Save(plot, folder, fileName);
    }

    private static string DrawSampled(string folder, ExperimentInfo info, RunGroups groups, IReadOnlyList<string> modes, string key, string outcome, string fileName)
    {
        var plot = Figure.Create(info.Title($"{info.Short(outcome)} by {info.Short(key)}"),
            $"points: one per run ({info.Short(key)} was sampled, {Values(groups, key).Count} distinct values)" + info.Pooled(groups.Varying.Where(v => v != key)));
        foreach (var mode in modes)
        {
            var runs = groups.Settings
                .SelectMany(s => groups.Values(s, mode, outcome).Select(y => (X: CsvTable.Number(groups.ValueOf(s, key))!.Value, Y: y)))
                .ToArray();
            if (runs.Length == 0) continue;
            var points = plot.Add.ScatterPoints(runs.Select(r => r.X).ToArray(), runs.Select(r => r.Y).ToArray(), ModeColours.Of(mode).WithAlpha(0.7));
            points.MarkerSize = 6;
            points.LegendText = mode;
        }

        plot.XLabel(info.Label(key));
        plot.YLabel(info.Label(outcome));
        Figure.Legend(plot);
        return Figure.Save(plot, folder, fileName);
    }

    private static List<string> Values(RunGroups groups, string key) =>
        groups.Settings.Select(s => groups.ValueOf(s, key)).Distinct(StringComparer.Ordinal).ToList();
}
