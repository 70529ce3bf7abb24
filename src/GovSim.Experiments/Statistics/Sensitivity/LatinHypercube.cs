namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// Latin hypercube sampling on [0,1)^d (McKay, Beckman and Conover 1979): each column is cut into n equal strata and
/// holds exactly one point in each, placed uniformly inside its stratum. It is the alternative base to Sobol points
/// when a design needs a plain random sample with stratified margins (any n, no power-of-two preference).
/// Draw order, fixed so a seed reproduces the sample: column by column, a Fisher–Yates permutation of the strata, then
/// one uniform offset per row.
/// </summary>
public static class LatinHypercube
{
    /// <summary>A sample of <paramref name="count"/> points in <paramref name="dimensions"/> dimensions from <c>new Random(seed)</c>.</summary>
    public static double[][] Sample(int count, int dimensions, int seed) => Sample(count, dimensions, new Random(seed));

    /// <summary>A sample of <paramref name="count"/> points in <paramref name="dimensions"/> dimensions; rows are points.</summary>
    public static double[][] Sample(int count, int dimensions, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentNullException.ThrowIfNull(random);
        var points = new double[count][];
        for (var n = 0; n < count; n++) points[n] = new double[dimensions];
        var strata = new int[count];
        for (var d = 0; d < dimensions; d++)
        {
            for (var n = 0; n < count; n++) strata[n] = n;
            for (var n = count - 1; n > 0; n--)
            {
                var j = random.Next(n + 1);
                (strata[n], strata[j]) = (strata[j], strata[n]);
            }
            // (stratum + u) / count can round up to the next stratum's edge when u is within an ulp of 1; clamp.
            for (var n = 0; n < count; n++)
                points[n][d] = Math.Min((strata[n] + random.NextDouble()) / count, Math.BitDecrement((strata[n] + 1.0) / count));
        }
        return points;
    }
}
