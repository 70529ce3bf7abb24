namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// The Sobol indices of one input: <see cref="FirstOrder"/> S1 is the share of the output variance the input
/// explains alone; <see cref="Total"/> ST adds every interaction it takes part in, so ST ≈ 0 means the input can be
/// fixed anywhere in its range without changing the output's variance.
/// </summary>
/// <param name="Index">0-based position of the input in the design's columns.</param>
/// <param name="Name">The caller's name for the input.</param>
/// <param name="FirstOrder">S1 by Saltelli et al. (2010) with its bootstrap interval.</param>
/// <param name="Total">ST by Jansen (1999) with its bootstrap interval.</param>
public sealed record SobolIndex(int Index, string Name, IntervalEstimate FirstOrder, IntervalEstimate Total);
