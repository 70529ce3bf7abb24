using ScottPlot;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// Plots of global sensitivity analyses, for the sensitivity commands to call with their estimates: the Morris μ*–σ
/// plane (inputs far right matter; inputs high up act non-linearly or through interactions) and Sobol first-order and
/// total indices side by side (a gap between S1 and ST is the share of variance due to interactions). Each writes
/// folder/plots/fileName and returns fileName, as the sweep plots do, so summary.md can embed it.
/// </summary>
public static class SensitivityPlots
{
    private static readonly Color First = Color.FromHex("#56B4E9"); // Okabe–Ito sky blue
    private static readonly Color Total = Color.FromHex("#0072B2"); // Okabe–Ito blue

    /// <summary>μ* (x) against σ (y), one labelled point per input, with horizontal whiskers for the interval on μ*.</summary>
    public static string Morris(string folder, string fileName, string title, string caption, string outcomeLabel,
        IReadOnlyList<(string Label, double MuStar, double MuStarLow, double MuStarHigh, double Sigma)> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        var plot = Figure.Create(title, caption);
        var xMax = Math.Max(1e-9, effects.Count == 0 ? 1 : effects.Max(e => Math.Max(e.MuStarHigh, e.MuStar))) * 1.2;
        var yMax = Math.Max(1e-9, effects.Count == 0 ? 1 : effects.Max(e => e.Sigma)) * 1.25;
        // σ = μ*: inputs above it act mostly non-linearly or through interactions, below it mostly linearly.
        var diagonal = plot.Add.Line(0, 0, Math.Max(xMax, yMax), Math.Max(xMax, yMax));
        diagonal.LineColor = Colors.DimGray;
        diagonal.LineWidth = 1.5f;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = "σ = μ* (above: non-linear or interacting)";

        foreach (var e in effects)
        {
            var whisker = plot.Add.ErrorBar([e.MuStar], [e.Sigma], [0.0]);
            whisker.YErrorNegative = null;
            whisker.YErrorPositive = null;
            whisker.XErrorNegative = [Math.Max(0, e.MuStar - e.MuStarLow)];
            whisker.XErrorPositive = [Math.Max(0, e.MuStarHigh - e.MuStar)];
            whisker.Color = Colors.Gray;
            plot.Add.Marker(e.MuStar, e.Sigma, MarkerShape.FilledCircle, 9, Colors.Black);
        }

        // The data area is the figure less axes, title, caption and the legend row below (estimated, for placing labels).
        PointLabels.Place(plot, effects.Select(e => (e.MuStar, e.Sigma, e.Label)).ToList(), xMax, yMax, Figure.Width - 70, Figure.Height - 180);
        plot.Axes.SetLimits(-0.015 * xMax, xMax, -0.03 * yMax, yMax); // a point at 0 must not hide in the axes
        Figure.Legend(plot);
        plot.XLabel($"μ*: mean absolute elementary effect on {outcomeLabel}");
        plot.YLabel($"σ: sd of elementary effects on {outcomeLabel}");
        return Figure.Save(plot, folder, fileName);
    }

    /// <summary>Paired bars per input, first-order S1 and total ST, with their confidence intervals.</summary>
    public static string Sobol(string folder, string fileName, string title, string caption,
        IReadOnlyList<(string Label, double S1, double S1Low, double S1High, double ST, double STLow, double STHigh)> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var plot = Figure.Create(title, caption);
        for (var i = 0; i < indices.Count; i++)
        {
            var x = indices[i];
            Bar(plot, i * 3, x.S1, x.S1Low, x.S1High, First);
            Bar(plot, i * 3 + 1, x.ST, x.STLow, x.STHigh, Total);
        }

        plot.Axes.Bottom.SetTicks(indices.Select((_, i) => i * 3 + 0.5).ToArray(), indices.Select(x => x.Label).ToArray());
        Figure.Swatch(plot, "S1 (first order)", First);
        Figure.Swatch(plot, "ST (total)", Total);
        Figure.Legend(plot);
        plot.XLabel("Input");
        plot.YLabel("Sobol index (share of output variance)");
        plot.Add.HorizontalLine(0, 1, Colors.Black);
        return Figure.Save(plot, folder, fileName);
    }

    private static void Bar(Plot plot, double position, double value, double low, double high, Color colour)
    {
        plot.Add.Bar(new Bar { Position = position, Value = value, FillColor = colour, LineColor = Colors.Black, LineWidth = 1 });
        var error = plot.Add.ErrorBar([position], [value], [0.0]);
        error.YErrorNegative = [Math.Max(0, value - low)];
        error.YErrorPositive = [Math.Max(0, high - value)];
        error.Color = Colors.Black;
    }
}
