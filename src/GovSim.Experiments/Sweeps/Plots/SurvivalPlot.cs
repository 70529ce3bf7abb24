using GovSim.Experiments.Statistics;
using ScottPlot;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// Kaplan–Meier curves of case latency by mode: the share of cases still unfinished against time since submission.
/// Unlike mean latency, which sees completed cases only, the curve counts every case, so a mode that leaves its slow
/// cases unfinished is not flattered.
/// </summary>
internal static class SurvivalPlot
{
    public static string Draw(string folder, ExperimentInfo info, RunGroups groups, IReadOnlyList<string> modes, CaseLatencies cases)
    {
        var plot = Figure.Create(info.Title("cases still unfinished by time since submission, by mode (Kaplan–Meier)"),
            "step lines: Kaplan–Meier estimate over cases submitted after the warm-up; completed cases are events, abandoned and open cases censored" +
            info.Pooled(groups.Varying));
        // The x axis ends a little after the last completion: beyond it the curves are flat (only censorings remain).
        var lastEvent = 0.0;
        foreach (var mode in modes)
        {
            if (cases.ByMode.GetValueOrDefault(mode) is not { Count: > 0 } observations) continue;
            var curve = KaplanMeier.Fit(observations);
            var last = observations.Max(o => o.Time);
            if (curve.Times.Length > 0) lastEvent = Math.Max(lastEvent, curve.Times[^1]);
            double[] xs = [0, .. curve.Times, last];
            double[] ys = [1, .. curve.Survival, curve.Survival.Length == 0 ? 1 : curve.Survival[^1]];
            var line = plot.Add.Scatter(xs, ys, ModeColours.Of(mode));
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.MarkerSize = 0;
            line.LineWidth = 2;
            var censored = observations.Count(o => !o.Event);
            line.LegendText = $"{mode} (n = {observations.Count:N0}, {100.0 * censored / observations.Count:F0} % censored)";
        }

        plot.XLabel("Time since submission (h)");
        plot.YLabel("Share of cases still unfinished (0–1)");
        plot.Axes.SetLimits(0, Math.Max(1, lastEvent) * 1.05, 0, 1.02);
        Figure.Legend(plot);
        return Figure.Save(plot, folder, "survival_by_mode.png");
    }
}
