namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>Where the base sample of a Saltelli design comes from.</summary>
public enum SampleBase
{
    /// <summary>Scrambled Sobol points: lower error than random sampling for the same N, best with N a power of two.</summary>
    Sobol,

    /// <summary>A Latin hypercube sample: stratified margins, any N.</summary>
    LatinHypercube,
}

/// <summary>The names a scenario or command line uses for a <see cref="SampleBase"/>.</summary>
public static class SampleBases
{
    /// <summary>"sobol" or "lhs" (case-insensitive; "latin-hypercube" also accepted).</summary>
    public static SampleBase Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "sobol" => SampleBase.Sobol,
        "lhs" or "latin-hypercube" or "latinhypercube" => SampleBase.LatinHypercube,
        _ => throw new ArgumentException($"Unknown sample base '{name}': expected 'sobol' or 'lhs'.", nameof(name)),
    };

    /// <summary>The short name <see cref="Parse"/> reads back.</summary>
    public static string Name(this SampleBase sampleBase) => sampleBase switch
    {
        SampleBase.Sobol => "sobol",
        SampleBase.LatinHypercube => "lhs",
        _ => throw new ArgumentOutOfRangeException(nameof(sampleBase)),
    };
}
