namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// How a <see cref="SobolSequence"/> is randomised. Scrambling keeps the low-discrepancy (net) structure while making
/// the points a random sample, which moves the deterministic corner point (0,…,0) away from the boundary and lets
/// repeated designs with different seeds estimate the error of a quasi-Monte Carlo estimate.
/// </summary>
public enum SobolScrambling
{
    /// <summary>The published sequence, point 0 being the origin.</summary>
    None,

    /// <summary>Random digital shift: each coordinate's bits XOR-ed with one random word per dimension.</summary>
    DigitalShift,

    /// <summary>
    /// Owen's nested uniform scramble in base 2: each bit is flipped or not depending on all the bits above it,
    /// with the flips drawn from a seeded hash (so the infinite random tree need not be stored).
    /// </summary>
    Owen,
}
