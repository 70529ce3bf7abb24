namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>Names attached to results so a report can say which parameter an index belongs to.</summary>
internal static class InputNames
{
    /// <summary>The given names (one per input), or x1 … xk when none were given.</summary>
    public static string[] Resolve(IReadOnlyList<string>? names, int inputs)
    {
        if (names is null) return Enumerable.Range(1, inputs).Select(i => $"x{i}").ToArray();
        if (names.Count != inputs) throw new ArgumentException($"Expected {inputs} input names, got {names.Count}.", nameof(names));
        return names.ToArray();
    }
}
