namespace GovSim.Experiments.Statistics;

/// <summary>
/// Holm–Bonferroni adjustment of a family of p-values, as R's <c>p.adjust(p, "holm")</c>. A sweep report tests many
/// pairs of modes on many outcomes; at 5 % each, some "significant" differences are expected by chance alone, so the
/// family-wise error rate must be controlled. Holm does so under any dependence between the tests (the outcomes of one
/// run are correlated) and is uniformly more powerful than plain Bonferroni.
/// </summary>
public static class Holm
{
    /// <summary>
    /// Adjusted p-values in the order given: sorted ascending, the k-th smallest (k from 0) becomes
    /// max over j ≤ k of (m − j)·p₍ⱼ₎, capped at 1 — monotone in p. Null entries (tests that could not be computed)
    /// stay null and are not counted in m, as R does with NA.
    /// </summary>
    /// <exception cref="ArgumentException">A p-value is NaN or outside [0, 1].</exception>
    public static double?[] Adjust(IReadOnlyList<double?> p)
    {
        if (p.Any(x => x is { } v && !(v >= 0 && v <= 1)))
            throw new ArgumentException("p-values must lie in [0, 1]", nameof(p));

        var order = Enumerable.Range(0, p.Count).Where(i => p[i] is not null).OrderBy(i => p[i]!.Value).ToArray();
        var adjusted = new double?[p.Count];
        var m = order.Length;
        double running = 0;
        for (var k = 0; k < m; k++)
        {
            running = Math.Max(running, Math.Min(1, (m - k) * p[order[k]]!.Value));
            adjusted[order[k]] = running;
        }

        return adjusted;
    }
}
