using GovSim.Experiments.Statistics;
using MathNet.Numerics.Statistics;
using ScottPlot;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// The plots that compare modes over the whole sweep: the latency distribution (boxes), completion and on-time rates,
/// and trips per case (bars with 95 % t confidence intervals over runs), each mode in its own colour.
/// </summary>
internal static class ModePlots
{
    /// <summary>
    /// Boxes of case latencies when cases.csv exists, else of runs' mean latencies — the title, caption and y label say
    /// which, since the two spread very differently.
    /// </summary>
    public static string LatencyBoxes(string folder, ExperimentInfo info, RunGroups groups, IReadOnlyList<string> modes, CaseLatencies? cases)
    {
        var what = cases is null ? "run means" : "case latencies";
        var source = cases is null
            ? "each run's mean latency of completed cases (the sweep wrote no cases.csv)"
            : "the latencies of completed cases after the warm-up (cases.csv; unfinished ones are left out: see the Kaplan–Meier plot)";
        var plot = Figure.Create(info.Title($"latency by mode, boxes of {what}"),
            $"box: 25–75 %, line: median, whiskers: 5–95 % of {source}{info.Pooled(groups.Varying)}");
        for (var i = 0; i < modes.Count; i++)
        {
            var xs = cases?.Completed(modes[i]) ?? groups.Values(modes[i], "latency_mean_h");
            if (xs.Count == 0) continue;
            var sorted = xs.Order().ToArray();
            double Q(double tau) => SortedArrayStatistics.Quantile(sorted, tau);
            var box = plot.Add.Box(new Box
            {
                Position = i, BoxMin = Q(0.25), BoxMax = Q(0.75), BoxMiddle = Q(0.5), WhiskerMin = Q(0.05), WhiskerMax = Q(0.95),
            });
            box.FillColor = ModeColours.Of(modes[i]).WithAlpha(0.8); // the box plot's own colour overrides its boxes'
            box.LineColor = Colors.Black;
        }

        ModeAxis(plot, modes);
        plot.YLabel(cases is null ? "Run mean of completed cases' latency (h)" : "Latency of a completed case (h)");
        return Figure.Save(plot, folder, "latency_by_mode.png");
    }

    /// <summary>Completion and on-time rate side by side for each mode: both are shares of the same cohort.</summary>
    public static string Rates(string folder, ExperimentInfo info, RunGroups groups, IReadOnlyList<string> modes)
    {
        string[] outcomes = ["completion_rate", "on_time_rate"];
        var plot = Figure.Create(info.Title("completion and on-time rate by mode"),
            "bars: mean over runs; error bars: 95 % t confidence interval; cohort: cases submitted after the warm-up and early enough to finish" + info.Pooled(groups.Varying));
        var slot = modes.Count + 1;
        for (var o = 0; o < outcomes.Length; o++)
            for (var i = 0; i < modes.Count; i++)
                Bar(plot, o * slot + i, Describe.Of(groups.Values(modes[i], outcomes[o])), ModeColours.Of(modes[i]));

        plot.Axes.Bottom.SetTicks(outcomes.Select((_, o) => o * slot + (modes.Count - 1) / 2.0).ToArray(), outcomes.Select(info.Label).ToArray());
        foreach (var mode in modes) Figure.Swatch(plot, mode, ModeColours.Of(mode));
        Figure.Legend(plot);
        plot.YLabel("Share of the cohort of cases (0–1)");
        plot.Axes.SetLimitsY(0, 1.05);
        return Figure.Save(plot, folder, "completion_by_mode.png");
    }

    public static string Trips(string folder, ExperimentInfo info, RunGroups groups, IReadOnlyList<string> modes)
    {
        var plot = Figure.Create(info.Title($"{info.Short("trips_mean")} by mode"),
            "bars: mean over runs of each run's mean trips to an office per completed case; error bars: 95 % t confidence interval" + info.Pooled(groups.Varying));
        for (var i = 0; i < modes.Count; i++) Bar(plot, i, Describe.Of(groups.Values(modes[i], "trips_mean")), ModeColours.Of(modes[i]));
        ModeAxis(plot, modes);
        plot.YLabel(info.Label("trips_mean"));
        plot.Axes.Margins(bottom: 0);
        return Figure.Save(plot, folder, "trips_by_mode.png");
    }

    /// <summary>A bar at a mean with a 95 % CI error bar (none for a single run).</summary>
    internal static void Bar(Plot plot, double position, Describe d, Color colour)
    {
        if (d.N == 0) return;
        plot.Add.Bar(new Bar
        {
            Position = position, Value = d.Mean, Error = d.CiHigh is { } hi ? hi - d.Mean : 0,
            FillColor = colour, LineColor = Colors.Black, LineWidth = 1,
        });
    }

    private static void ModeAxis(Plot plot, IReadOnlyList<string> modes)
    {
        plot.Axes.Bottom.SetTicks(modes.Select((_, i) => (double)i).ToArray(), modes.ToArray());
        plot.XLabel("Coordination mode");
    }
}
