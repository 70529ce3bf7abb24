using MathNet.Numerics.Distributions;

namespace GovSim.Experiments.Statistics;

/// <summary>Mean, standard deviation and 95 % confidence interval (Student's t) of replications.</summary>
public sealed record Describe(int N, double Mean, double? Sd, double? CiLow, double? CiHigh)
{
    public static Describe Of(IReadOnlyList<double> xs)
    {
        var n = xs.Count;
        var mean = n == 0 ? double.NaN : xs.Average();
        if (n < 2) return new Describe(n, mean, null, null, null);
        var sd = Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (n - 1));
        var half = StudentT.InvCDF(0, 1, n - 1, 0.975) * sd / Math.Sqrt(n);
        return new Describe(n, mean, sd, mean - half, mean + half);
    }
}
