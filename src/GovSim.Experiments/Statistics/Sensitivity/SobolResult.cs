namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>The outcome of <see cref="SobolAnalysis.Analyze"/>: one <see cref="SobolIndex"/> per input, in input order.</summary>
/// <param name="BaseSize">N, the rows of A and B.</param>
/// <param name="Variance">The output variance over A and B together, the denominator of every index.</param>
/// <param name="BootstrapResamples">Resamples behind the intervals (0: no intervals).</param>
/// <param name="ConfidenceLevel">Coverage of the percentile intervals, e.g. 0.95.</param>
/// <param name="Inputs">The indices, one per input.</param>
public sealed record SobolResult(int BaseSize, double Variance, int BootstrapResamples, double ConfidenceLevel,
    IReadOnlyList<SobolIndex> Inputs);
