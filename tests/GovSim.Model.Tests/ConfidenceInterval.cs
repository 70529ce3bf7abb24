using MathNet.Numerics.Distributions;

namespace GovSim.Model.Tests;

/// <summary>
/// A 95 % confidence interval for the mean of a correlated series (waits in a queue), by batch means: the series is cut
/// into consecutive batches whose means are nearly independent, and a t interval is taken over them.
/// </summary>
public sealed record ConfidenceInterval(double Mean, double HalfWidth)
{
    public double Low => Mean - HalfWidth;
    public double High => Mean + HalfWidth;
    public bool Contains(double value) => value >= Low && value <= High;
    public override string ToString() => $"{Mean:F4} ± {HalfWidth:F4}";

    public static ConfidenceInterval BatchMeans(IReadOnlyList<double> series, int batches = 20)
    {
        var size = series.Count / batches;
        var means = Enumerable.Range(0, batches).Select(b => series.Skip(b * size).Take(size).Average()).ToArray();
        var mean = means.Average();
        var sd = Math.Sqrt(means.Sum(m => (m - mean) * (m - mean)) / (batches - 1));
        return new ConfidenceInterval(mean, StudentT.InvCDF(0, 1, batches - 1, 0.975) * sd / Math.Sqrt(batches));
    }
}
