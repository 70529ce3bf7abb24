using MathNet.Numerics.Distributions;

namespace GovSim.Experiments.Statistics;

/// <summary>
/// Welch's t-test for independent samples (no equal-variance assumption, Welch–Satterthwaite df), with the 95 % CI of
/// mean(a) − mean(b) and Cohen's d (pooled sd), as R's <c>t.test(a, b)</c>. Used when runs do not share seeds. The same
/// numbers as <see cref="Compare"/>, with the p-value taken from the lower tail so that it keeps its digits when tiny.
/// </summary>
public static class WelchT
{
    /// <summary>Null where undefined: a sample with fewer than two values, or no variance in either.</summary>
    public sealed record Result(double Difference, double? T, double? Df, double? P, double? CiLow, double? CiHigh, double? CohensD);

    /// <exception cref="ArgumentException">A sample is empty or holds a non-finite value.</exception>
    public static Result Test(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        RequireSamples(a, b);
        var (na, nb) = ((double)a.Count, (double)b.Count);
        var (ma, mb) = (a.Average(), b.Average());
        var diff = ma - mb;
        if (a.Count < 2 || b.Count < 2) return new Result(diff, null, null, null, null, null, null);

        double Var(IReadOnlyList<double> xs, double m) => xs.Sum(x => (x - m) * (x - m)) / (xs.Count - 1);
        var (va, vb) = (Var(a, ma), Var(b, mb));
        var se2 = va / na + vb / nb;
        if (!(se2 > 0)) return new Result(diff, null, null, null, null, null, null);

        var se = Math.Sqrt(se2);
        var t = diff / se;
        var df = se2 * se2 / (Math.Pow(va / na, 2) / (na - 1) + Math.Pow(vb / nb, 2) / (nb - 1));
        var p = Math.Min(1, 2 * StudentT.CDF(0, 1, df, -Math.Abs(t)));
        var half = StudentT.InvCDF(0, 1, df, 0.975) * se;
        var pooled = Math.Sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2));
        return new Result(diff, t, df, p, diff - half, diff + half, diff / pooled);
    }

    internal static void RequireSamples(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count == 0) throw new ArgumentException("sample must not be empty", nameof(a));
        if (b.Count == 0) throw new ArgumentException("sample must not be empty", nameof(b));
        MidRanks.RequireFinite(a, nameof(a));
        MidRanks.RequireFinite(b, nameof(b));
    }
}
