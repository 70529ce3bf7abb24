namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>The outcome of <see cref="MorrisAnalysis.Analyze"/>: one <see cref="MorrisEffect"/> per input, in input order.</summary>
/// <param name="Trajectories">r, the elementary effects behind each statistic.</param>
/// <param name="Levels">p, the grid levels.</param>
/// <param name="Delta">Δ, the step on the unit scale.</param>
/// <param name="BootstrapResamples">Resamples behind the μ* intervals (0: no intervals).</param>
/// <param name="ConfidenceLevel">Coverage of the percentile intervals, e.g. 0.95.</param>
/// <param name="Inputs">The statistics, one per input.</param>
public sealed record MorrisResult(int Trajectories, int Levels, double Delta, int BootstrapResamples, double ConfidenceLevel,
    IReadOnlyList<MorrisEffect> Inputs);
