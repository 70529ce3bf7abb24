namespace GovSim.Experiments.Statistics;

/// <summary>
/// Ranks 1..n with ties given the mean of the ranks they share (R's <c>rank(ties.method = "average")</c>), and the
/// tie term Σ(t³ − t) over groups of t equal values that the normal approximations of the rank tests subtract from the
/// variance. Values are equal only when they are exactly equal, as in R: no rounding, so a referee re-running the
/// numbers in R sees the same ties.
/// </summary>
internal static class MidRanks
{
    /// <summary>Ranks of <paramref name="values"/> in their original order; <c>Tied</c> is true when any two are equal.</summary>
    public static (double[] Ranks, double TieTerm, bool Tied) Of(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        double tieTerm = 0;
        var tied = false;
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]]) j++;
            var rank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++) ranks[order[k]] = rank;
            double t = j - i + 1;
            tieTerm += t * t * t - t;
            tied |= t > 1;
            i = j + 1;
        }

        return (ranks, tieTerm, tied);
    }

    /// <summary>Throws unless every value is finite: a NaN has no rank, and silently dropping one would unpair a sample.</summary>
    public static void RequireFinite(IReadOnlyList<double> values, string name)
    {
        if (values.Any(v => !double.IsFinite(v)))
            throw new ArgumentException("every value must be finite (NaN and infinities have no defined rank or mean)", name);
    }
}
