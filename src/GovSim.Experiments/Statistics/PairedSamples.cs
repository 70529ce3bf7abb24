namespace GovSim.Experiments.Statistics;

/// <summary>
/// Two groups of runs made ready for a two-sample test: paired, aligned by seed, when both hold the same distinct
/// seeds (a sweep with common random numbers gives every point of a replication the same seed, so its runs differ by
/// their parameters alone); otherwise two independent samples. A run whose outcome is missing is left out — with its
/// partner, when paired.
/// </summary>
public sealed record PairedSamples(double[] A, double[] B, bool Paired)
{
    public static PairedSamples Of(IReadOnlyList<(string Seed, double? Value)> a, IReadOnlyList<(string Seed, double? Value)> b)
    {
        var seedsA = a.Select(r => r.Seed).ToList();
        var seedsB = b.Select(r => r.Seed).ToList();
        var paired = seedsA.Count >= 2 && seedsA.Distinct().Count() == seedsA.Count && seedsB.Distinct().Count() == seedsB.Count
                     && seedsA.ToHashSet(StringComparer.Ordinal).SetEquals(seedsB);
        if (!paired)
            return new PairedSamples(Present(a), Present(b), false);
        var bySeed = b.ToDictionary(r => r.Seed, r => r.Value, StringComparer.Ordinal);
        var pairs = a.OrderBy(r => r.Seed, StringComparer.Ordinal)
            .Where(r => r.Value.HasValue && bySeed[r.Seed].HasValue)
            .Select(r => (A: r.Value!.Value, B: bySeed[r.Seed]!.Value))
            .ToArray();
        return new PairedSamples(pairs.Select(p => p.A).ToArray(), pairs.Select(p => p.B).ToArray(), true);
    }

    private static double[] Present(IReadOnlyList<(string Seed, double? Value)> xs) =>
        xs.Where(x => x.Value.HasValue).Select(x => x.Value!.Value).ToArray();

    /// <summary>Whether a two-sample test can say anything: two values on each side.</summary>
    public bool Testable => A.Length >= 2 && B.Length >= 2;
}
