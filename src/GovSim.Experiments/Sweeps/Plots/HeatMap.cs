using System.Globalization;
using GovSim.Experiments.Statistics;
using ScottPlot;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// An outcome over the grid of two numeric keys (when exactly two vary): one cell per pair of values, coloured by the
/// mean over runs and with that mean written in it, so the figure can be read without matching colours to the bar.
/// One map per mode, since pooling modes would average away what a sweep usually compares.
/// </summary>
internal static class HeatMap
{
    public static string Draw(string folder, ExperimentInfo info, RunGroups groups, string mode, string xKey, string yKey, string outcome, string fileName)
    {
        var xs = Axis(groups, xKey);
        var ys = Axis(groups, yKey);
        var cells = new double[ys.Length, xs.Length];
        for (var r = 0; r < ys.Length; r++)
            for (var c = 0; c < xs.Length; c++)
            {
                var values = groups.Settings
                    .Where(s => CsvTable.Number(groups.ValueOf(s, xKey)) == xs[c] && CsvTable.Number(groups.ValueOf(s, yKey)) == ys[r])
                    .SelectMany(s => groups.Values(s, mode, outcome))
                    .ToList();
                cells[ys.Length - 1 - r, c] = values.Count == 0 ? double.NaN : values.Average(); // row 0 is drawn at the top
            }

        var plot = Figure.Create(info.Title($"{info.Short(outcome)} over {info.Short(xKey)} and {info.Short(yKey)}, {mode} mode"),
            "cells: mean over runs at each pair of values, written in the cell; colour scale right" + info.Pooled(groups.Varying.Where(v => v != xKey && v != yKey)));
        var map = plot.Add.Heatmap(cells);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        // The extent runs from the first to the last cell centre, so cell centres sit on the ticks 0 .. n - 1.
        map.Extent = new CoordinateRect(0, Math.Max(1, xs.Length - 1), 0, Math.Max(1, ys.Length - 1));
        var bar = plot.Add.ColorBar(map);
        bar.Label = info.Label(outcome);
        bar.LabelStyle.FontSize = 13;

        var range = map.GetRange();
        for (var r = 0; r < ys.Length; r++)
            for (var c = 0; c < xs.Length; c++)
            {
                var value = cells[ys.Length - 1 - r, c];
                if (double.IsNaN(value)) continue;
                var fraction = range.Max > range.Min ? (value - range.Min) / (range.Max - range.Min) : 0.5;
                var text = plot.Add.Text(Format(value), c, r);
                text.Alignment = Alignment.MiddleCenter;
                text.LabelFontSize = 14;
                text.LabelBold = true;
                text.LabelFontColor = fraction > 0.6 ? Colors.Black : Colors.White; // viridis is dark at the low end
            }

        plot.Axes.Bottom.SetTicks(xs.Select((_, i) => (double)i).ToArray(), xs.Select(Tick).ToArray());
        plot.Axes.Left.SetTicks(ys.Select((_, i) => (double)i).ToArray(), ys.Select(Tick).ToArray());
        plot.Axes.Margins(0, 0);
        plot.XLabel(info.Label(xKey));
        plot.YLabel(info.Label(yKey));
        return Figure.Save(plot, folder, fileName);
    }

    private static double[] Axis(RunGroups groups, string key) =>
        groups.Settings.Select(s => CsvTable.Number(groups.ValueOf(s, key))!.Value).Distinct().Order().ToArray();

    private static string Tick(double x) => x.ToString("G4", CultureInfo.InvariantCulture);

    private static string Format(double x) => Math.Abs(x) switch
    {
        >= 100 => x.ToString("F0", CultureInfo.InvariantCulture),
        >= 10 => x.ToString("F1", CultureInfo.InvariantCulture),
        _ => x.ToString("F3", CultureInfo.InvariantCulture),
    };
}
