namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// A point estimate with the bounds of its bootstrap percentile confidence interval. The bounds are NaN when no
/// bootstrap was asked for, so a caller cannot mistake a missing interval for a zero-width one.
/// </summary>
public readonly record struct IntervalEstimate(double Value, double Lower, double Upper)
{
    /// <summary>True when <paramref name="x"/> lies within [Lower, Upper] (false when the bounds are NaN).</summary>
    public bool Contains(double x) => x >= Lower && x <= Upper;
}
