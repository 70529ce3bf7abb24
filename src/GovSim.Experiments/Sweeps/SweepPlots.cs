using GovSim.Experiments.Statistics;
using MathNet.Numerics.Statistics;
using ScottPlot;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// The plots of a results folder (ScottPlot, PNG): latency distribution per mode, completion and on-time rate per mode
/// with 95 % CI bars, trips per mode, latency against every numeric parameter that varies (one line per mode: latency
/// against load for load sweeps), and a heat map when exactly two numeric parameters vary. Returns the file names.
/// </summary>
public static class SweepPlots
{
    private const int Width = 800;
    private const int Height = 500;

    public static List<string> Draw(string folder, RunGroups groups)
    {
        var dir = Path.Combine(folder, "plots");
        Directory.CreateDirectory(dir);
        var files = new List<string>();
        void Save(Plot plot, string name)
        {
            plot.SavePng(Path.Combine(dir, name), Width, Height);
            files.Add(name);
        }

        var modes = groups.AllModes;
        Save(LatencyDistribution(folder, groups, modes), "latency_by_mode.png");
        Save(RatesByMode(groups, modes), "completion_by_mode.png");
        Save(BarsByMode(groups, modes, "trips_mean", "Trips per completed case"), "trips_by_mode.png");

        var numeric = groups.Varying.Where(v => groups.Settings.All(s => CsvTable.Number(groups.ValueOf(s, v)) is not null)).ToList();
        foreach (var parameter in numeric)
            Save(Against(groups, modes, parameter, "latency_mean_h", "Mean latency (h)"), $"latency_vs_{Safe(parameter)}.png");
        if (numeric.Count == 2)
            Save(Heatmap(groups, numeric[0], numeric[1], "latency_mean_h", "Mean latency (h)"), $"heatmap_{Safe(numeric[0])}_{Safe(numeric[1])}.png");
        return files;
    }

    /// <summary>Box per mode: case latencies from cases.csv if present, else each run's mean latency.</summary>
    private static Plot LatencyDistribution(string folder, RunGroups groups, IReadOnlyList<string> modes)
    {
        var plot = new Plot();
        var perMode = CaseLatencies(folder) ?? modes.ToDictionary(m => m, m => groups.Values(m, "latency_mean_h"));
        for (var i = 0; i < modes.Count; i++)
        {
            var xs = perMode.GetValueOrDefault(modes[i]) ?? [];
            if (xs.Count == 0) continue;
            var sorted = xs.Order().ToArray();
            double Q(double tau) => SortedArrayStatistics.Quantile(sorted, tau);
            plot.Add.Box(new Box
            {
                Position = i, BoxMin = Q(0.25), BoxMax = Q(0.75), BoxMiddle = Q(0.5), WhiskerMin = Q(0.05), WhiskerMax = Q(0.95),
            });
        }

        Label(plot, modes, "Latency (h): box 25–75 %, line median, whiskers 5–95 %");
        return plot;
    }

    private static Dictionary<string, List<double>>? CaseLatencies(string folder)
    {
        var path = Path.Combine(folder, "cases.csv");
        var runsPath = Path.Combine(folder, "runs.csv");
        if (!File.Exists(path)) return null;
        var runs = CsvTable.Read(runsPath);
        var modeOf = runs.Rows.ToDictionary(r => r[runs.Column("run_id")], r => r[runs.Column("mode")]);
        var cases = CsvTable.Read(path);
        int run = cases.Column("run_id"), latency = cases.Column("latency_h");
        return cases.Rows
            .Where(r => CsvTable.Number(r[latency]).HasValue && modeOf.ContainsKey(r[run]))
            .GroupBy(r => modeOf[r[run]])
            .ToDictionary(g => g.Key, g => g.Select(r => CsvTable.Number(r[latency])!.Value).ToList());
    }

    private static Plot RatesByMode(RunGroups groups, IReadOnlyList<string> modes)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        string[] outcomes = ["completion_rate", "on_time_rate"];
        for (var o = 0; o < outcomes.Length; o++)
            for (var i = 0; i < modes.Count; i++)
            {
                var d = Describe.Of(groups.Values(modes[i], outcomes[o]));
                if (d.N == 0) continue;
                plot.Add.Bar(new Bar
                {
                    Position = i * 3 + o, Value = d.Mean, Error = d.CiHigh is { } hi ? hi - d.Mean : 0, FillColor = palette.GetColor(o),
                });
            }

        plot.Axes.Bottom.SetTicks(modes.Select((_, i) => i * 3 + 0.5).ToArray(), modes.ToArray());
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "completion rate", FillColor = palette.GetColor(0) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "on-time rate", FillColor = palette.GetColor(1) });
        plot.ShowLegend();
        plot.YLabel("Share of submitted cases (mean, 95 % CI)");
        plot.Axes.SetLimitsY(0, 1.05);
        return plot;
    }

    private static Plot BarsByMode(RunGroups groups, IReadOnlyList<string> modes, string outcome, string label)
    {
        var plot = new Plot();
        for (var i = 0; i < modes.Count; i++)
        {
            var d = Describe.Of(groups.Values(modes[i], outcome));
            if (d.N > 0) plot.Add.Bar(new Bar { Position = i, Value = d.Mean, Error = d.CiHigh is { } hi ? hi - d.Mean : 0 });
        }

        Label(plot, modes, $"{label} (mean, 95 % CI)");
        return plot;
    }

    /// <summary>An outcome against a numeric parameter, one line per mode (latency against load in load sweeps).</summary>
    private static Plot Against(RunGroups groups, IReadOnlyList<string> modes, string parameter, string outcome, string label)
    {
        var plot = new Plot();
        foreach (var mode in modes)
        {
            var points = groups.Settings
                .Where(s => groups.Modes(s).Contains(mode))
                .GroupBy(s => CsvTable.Number(groups.ValueOf(s, parameter))!.Value)
                .OrderBy(g => g.Key)
                .Select(g => (X: g.Key, D: Describe.Of(g.SelectMany(s => groups.Values(s, mode, outcome)).ToList())))
                .Where(p => p.D.N > 0)
                .ToArray();
            if (points.Length == 0) continue;
            var xs = points.Select(p => p.X).ToArray();
            var ys = points.Select(p => p.D.Mean).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = mode;
            plot.Add.ErrorBar(xs, ys, points.Select(p => p.D.CiHigh is { } hi ? hi - p.D.Mean : 0).ToArray()).Color = line.Color;
        }

        plot.ShowLegend();
        plot.XLabel(parameter);
        plot.YLabel($"{label} (mean, 95 % CI)");
        return plot;
    }

    private static Plot Heatmap(RunGroups groups, string xParameter, string yParameter, string outcome, string label)
    {
        var xs = groups.Settings.Select(s => CsvTable.Number(groups.ValueOf(s, xParameter))!.Value).Distinct().Order().ToArray();
        var ys = groups.Settings.Select(s => CsvTable.Number(groups.ValueOf(s, yParameter))!.Value).Distinct().Order().ToArray();
        var cells = new double[ys.Length, xs.Length];
        for (var r = 0; r < ys.Length; r++)
            for (var c = 0; c < xs.Length; c++)
            {
                var values = groups.Settings
                    .Where(s => CsvTable.Number(groups.ValueOf(s, xParameter)) == xs[c] && CsvTable.Number(groups.ValueOf(s, yParameter)) == ys[r])
                    .SelectMany(s => groups.Modes(s).SelectMany(m => groups.Values(s, m, outcome)))
                    .ToList();
                cells[ys.Length - 1 - r, c] = values.Count == 0 ? double.NaN : values.Average(); // first row is drawn at the top
            }

        var plot = new Plot();
        var map = plot.Add.Heatmap(cells);
        // ScottPlot's extent runs from the first to the last cell centre: centres at 0 .. n - 1, under the ticks.
        map.Extent = new CoordinateRect(0, Math.Max(1, xs.Length - 1), 0, Math.Max(1, ys.Length - 1));
        plot.Add.ColorBar(map).Label = label;
        plot.Axes.Bottom.SetTicks(xs.Select((_, i) => (double)i).ToArray(), xs.Select(x => x.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Left.SetTicks(ys.Select((_, i) => (double)i).ToArray(), ys.Select(y => y.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.XLabel(xParameter);
        plot.YLabel(yParameter);
        return plot;
    }

    private static void Label(Plot plot, IReadOnlyList<string> modes, string yLabel)
    {
        plot.Axes.Bottom.SetTicks(modes.Select((_, i) => (double)i).ToArray(), modes.ToArray());
        plot.YLabel(yLabel);
    }

    private static string Safe(string key) => key.Replace('.', '_');
}
