namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// Elementary-effect statistics of one input. <see cref="MuStar"/> (mean |EE|, Campolongo et al. 2007) ranks
/// importance and does not cancel when effects change sign; <see cref="Mu"/> (mean EE) tells the direction when they
/// do not; <see cref="Sigma"/> large relative to μ* flags non-linearity or interactions. μ* ≈ 0 marks an input that
/// can be fixed. Effects are per unit of the unit-cube coordinate, so a caller comparing them across inputs on
/// different scales compares the effect of moving each across Δ of its range.
/// </summary>
/// <param name="Index">0-based position of the input.</param>
/// <param name="Name">The caller's name for the input.</param>
/// <param name="Mu">Mean elementary effect.</param>
/// <param name="MuStar">Mean absolute elementary effect with its bootstrap interval (trajectories resampled).</param>
/// <param name="Sigma">Sample standard deviation (n−1) of the elementary effects; NaN with one trajectory.</param>
public sealed record MorrisEffect(int Index, string Name, double Mu, IntervalEstimate MuStar, double Sigma);
