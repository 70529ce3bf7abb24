using ScottPlot;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// Names points of a scatter plot without the names running into each other or into other points: Morris screening
/// crowds the unimportant inputs near the origin. Each label tries positions around its point, nearest first, on an
/// estimate of the pixel scale of the data area, and takes the first that touches no placed label, no point and stays
/// inside; a label pushed away from its point gets a thin leader line.
/// </summary>
internal static class PointLabels
{
    private const double CharWidth = 7.2; // 12 px DejaVu Sans, on average
    private const double LineHeight = 16;
    private const double PointRadius = 6;

    public static void Place(Plot plot, IReadOnlyList<(double X, double Y, string Text)> points, double xMax, double yMax, double widthPx, double heightPx)
    {
        double Px(double x) => x / xMax * widthPx;
        double Py(double y) => y / yMax * heightPx;
        var taken = new List<(double L, double B, double R, double T)>();
        var marks = points.Select(p => (X: Px(p.X), Y: Py(p.Y))).ToList();
        foreach (var p in points.OrderByDescending(p => p.X).ThenByDescending(p => p.Y))
        {
            var (x, y) = (Px(p.X), Py(p.Y));
            var w = p.Text.Length * CharWidth + 4;
            (double L, double B, double R, double T)? best = null;
            foreach (var (dx, dy) in Candidates(w))
            {
                var box = (L: x + dx, B: y + dy, R: x + dx + w, T: y + dy + LineHeight);
                var inside = box.L >= 0 && box.R <= widthPx && box.B >= 0 && box.T <= heightPx;
                var clear = !taken.Any(t => box.L < t.R && t.L < box.R && box.B < t.T && t.B < box.T)
                    && !marks.Any(m => m.X + PointRadius > box.L && m.X - PointRadius < box.R && m.Y + PointRadius > box.B && m.Y - PointRadius < box.T);
                if (inside && clear)
                {
                    best = box;
                    break;
                }

                best ??= inside ? box : null;
            }

            var chosen = best ?? (L: x + 8, B: y + 4, R: x + 8 + w, T: y + 4 + LineHeight);
            taken.Add(chosen);
            var (lx, ly) = (chosen.L / widthPx * xMax, chosen.B / heightPx * yMax);
            var text = plot.Add.Text(p.Text, lx, ly);
            text.Alignment = Alignment.LowerLeft;
            text.LabelFontSize = 12;
            var near = Math.Abs(chosen.B - y) < 2 * LineHeight && (Math.Abs(chosen.L - x) < 12 || Math.Abs(chosen.R - x) < 12);
            if (!near)
            {
                var (ex, ey) = (Math.Clamp(x, chosen.L, chosen.R), Math.Clamp(y, chosen.B, chosen.T));
                var leader = plot.Add.Line(p.X, p.Y, ex / widthPx * xMax, ey / heightPx * yMax);
                leader.LineColor = Colors.Gray;
                leader.LineWidth = 0.8f;
            }
        }
    }

    /// <summary>Lower-left offsets of a label from its point in pixels: right and above first, then further out.</summary>
    private static IEnumerable<(double Dx, double Dy)> Candidates(double width)
    {
        for (var ring = 0; ring < 16; ring++)
        {
            var up = 4 + ring * LineHeight;
            var down = -LineHeight - 4 - ring * LineHeight;
            foreach (var shift in new[] { 0.0, 3 * LineHeight })
            {
                yield return (8 + shift, up);
                yield return (8 + shift, down);
                yield return (-width - 8 - shift, up);
                yield return (-width - 8 - shift, down);
            }
        }
    }
}
