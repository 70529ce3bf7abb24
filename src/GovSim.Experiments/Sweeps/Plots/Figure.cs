using ScottPlot;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// The common frame of every plot: a sans-serif font, a bold title that names the experiment, a plain caption under it
/// that says what the marks are, legends in a panel beside the data (never over it), and saving into plots/.
/// </summary>
internal static class Figure
{
    public const int Width = 1100;
    public const int Height = 620;
    private const string Font = "DejaVu Sans";
    private const int TitleLine = 80;
    private const int CaptionLine = 110;
    private const int LongLegendEntry = 32;

    /// <summary>A plot with its title (wrapped before the run details when long) and caption set.</summary>
    public static Plot Create(string title, string caption)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(Wrap(title, TitleLine, " ("), 15);
        plot.Axes.Title.FullFigureCenter = true;
        // Font.Set fixes each label's typeface at normal weight; clearing it lets Bold pick the bold face again.
        plot.Axes.Title.Label.Font = null!;
        plot.Axes.Title.Label.Bold = true;
        var panel = new ScottPlot.Panels.TitlePanel { FullFigureCenter = true, VerticalPadding = 6 };
        panel.Label.Text = Wrap(caption, CaptionLine, "; ");
        panel.Label.FontSize = 12;
        panel.Label.Bold = false;
        panel.Label.FontName = Font;
        panel.Label.ForeColor = Color.FromHex("#333333");
        plot.Axes.AddPanel(panel);
        plot.Axes.Left.Label.FontSize = 13;
        plot.Axes.Bottom.Label.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        return plot;
    }

    /// <summary>
    /// Shows the legend in a panel beside the data area, so it cannot cover a bar or a line: right of it for short
    /// entries (mode names), below it in rows when entries are long, which would otherwise squeeze the data area.
    /// </summary>
    public static void Legend(Plot plot)
    {
        var longest = plot.Legend.GetItems().Select(i => i.LabelText?.Length ?? 0).DefaultIfEmpty(0).Max();
        if (longest > LongLegendEntry)
        {
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.Orientation = Orientation.Horizontal;
        }
        else plot.ShowLegend(Edge.Right);

        plot.Legend.FontSize = 12;
        plot.Legend.FontName = Font;
        plot.Legend.ShadowColor = Colors.Transparent;
    }

    /// <summary>A legend entry drawn as a filled square, for bars and boxes.</summary>
    public static void Swatch(Plot plot, string text, Color colour) =>
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = text, FillColor = colour, OutlineColor = Colors.Black, OutlineWidth = 1 });

    /// <summary>Writes folder/plots/fileName and returns fileName.</summary>
    public static string Save(Plot plot, string folder, string fileName, int width = Width, int height = Height)
    {
        var dir = Path.Combine(folder, "plots");
        Directory.CreateDirectory(dir);
        plot.SavePng(Path.Combine(dir, fileName), width, height);
        return fileName;
    }

    /// <summary>
    /// Breaks a line longer than <paramref name="limit"/> characters, preferably at the last <paramref name="at"/> (the
    /// run details of a title, a clause of a caption) within a fifth over the limit, else at the last space within it.
    /// </summary>
    internal static string Wrap(string text, int limit, string at)
    {
        if (text.Length <= limit) return text;
        var i = text.LastIndexOf(at, Math.Min(text.Length - 1, limit * 6 / 5), StringComparison.Ordinal);
        var keep = i > limit / 3 ? (at.StartsWith(' ') ? i : i + at.TrimEnd().Length) : text.LastIndexOf(' ', limit);
        if (keep <= 0) return text;
        return text[..keep].TrimEnd() + "\n" + Wrap(text[keep..].TrimStart(), limit, at);
    }
}
