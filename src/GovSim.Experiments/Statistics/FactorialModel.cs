using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace GovSim.Experiments.Statistics;

/// <summary>
/// A linear model of a run outcome on categorical factors with effect (sum-to-zero) coding: the grand mean, each
/// level's main effect (its deviation from the grand mean, the last level's being minus the sum of the others) and,
/// when the residual degrees of freedom allow, every two-way interaction. Each main effect and interaction cell gets a
/// 95 % t interval from the residual variance; each term an F test against the model without it (type III, which
/// effect coding makes meaningful in unbalanced designs too). Enough for the factorial sweeps of this project; not a
/// general regression package.
/// </summary>
public sealed class FactorialModel
{
    public sealed record Effect(string Term, string Level, double Estimate, double CiLow, double CiHigh);
    public sealed record TermTest(string Term, int Df, double F, double P);

    private FactorialModel(double grandMean, int residualDf, double residualSd, bool interactions, IReadOnlyList<Effect> effects, IReadOnlyList<TermTest> tests)
    {
        GrandMean = grandMean;
        ResidualDf = residualDf;
        ResidualSd = residualSd;
        Interactions = interactions;
        Effects = effects;
        Tests = tests;
    }

    public double GrandMean { get; }
    public int ResidualDf { get; }
    public double ResidualSd { get; }

    /// <summary>Whether two-way interactions are in the model (they are left out when the data cannot estimate them).</summary>
    public bool Interactions { get; }

    /// <summary>Main effects ("factor", "level") and interaction cells ("a × b", "level of a × level of b").</summary>
    public IReadOnlyList<Effect> Effects { get; }

    public IReadOnlyList<TermTest> Tests { get; }

    /// <param name="factors">Factor names.</param>
    /// <param name="rows">Per run: the level of every factor (in the order of <paramref name="factors"/>) and the outcome.</param>
    /// <returns>Null when the data cannot fit even the main effects (too few runs, or a factor with one level).</returns>
    public static FactorialModel? Fit(IReadOnlyList<string> factors, IReadOnlyList<(string[] Levels, double Y)> rows)
    {
        var levels = factors.Select((_, f) => rows.Select(r => r.Levels[f]).Distinct().Order(StringComparer.Ordinal).ToArray()).ToArray();
        if (levels.Any(l => l.Length < 2)) return null;
        var mainTerms = Enumerable.Range(0, factors.Count).Select(f => new[] { f }).ToList();
        var pairTerms = new List<int[]>();
        for (var f = 0; f < factors.Count; f++)
            for (var g = f + 1; g < factors.Count; g++) pairTerms.Add([f, g]);

        var withPairs = mainTerms.Concat(pairTerms).ToList();
        var interactions = pairTerms.Count > 0 && rows.Count - Columns(withPairs, levels) >= 2;
        var terms = interactions ? withPairs : mainTerms;
        var full = Solve(terms, levels, rows);
        if (full is null || full.Value.Df < 1) return null;
        var (beta, rss, df, covariance) = full.Value;
        var mse = rss / df;
        var tCrit = StudentT.InvCDF(0, 1, df, 0.975);

        var effects = new List<Effect>();
        var offset = 1;
        foreach (var term in terms)
        {
            var width = term.Aggregate(1, (w, f) => w * (levels[f].Length - 1));
            foreach (var (name, contrast) in Cells(term, levels))
            {
                // Each cell's estimate is a fixed combination of the term's coded coefficients (effect coding: the last
                // level is minus the sum of the others), so its variance is c' Cov c.
                var c = Vector<double>.Build.Dense(beta.Count);
                for (var j = 0; j < width; j++) c[offset + j] = contrast[j];
                var estimate = c.DotProduct(beta);
                var se = Math.Sqrt(Math.Max(0, c.DotProduct(covariance * c)) * mse);
                effects.Add(new Effect(string.Join(" × ", term.Select(f => factors[f])), name, estimate, estimate - tCrit * se, estimate + tCrit * se));
            }

            offset += width;
        }

        var tests = new List<TermTest>();
        foreach (var term in terms)
        {
            var reduced = Solve(terms.Where(t => t != term).ToList(), levels, rows);
            if (reduced is null) continue;
            var termDf = reduced.Value.Df - df;
            if (termDf < 1) continue;
            var f = (reduced.Value.Rss - rss) / termDf / mse;
            // The upper tail through the regularised incomplete beta function, not 1 − CDF, which rounds small p to 0.
            var p = mse <= 0 ? 0 : MathNet.Numerics.SpecialFunctions.BetaRegularized(df / 2.0, termDf / 2.0, df / (df + termDf * Math.Max(0, f)));
            tests.Add(new TermTest(string.Join(" × ", term.Select(i => factors[i])), termDf, f, p));
        }

        return new FactorialModel(beta[0], df, Math.Sqrt(mse), interactions, effects, tests);
    }

    private static int Columns(IEnumerable<int[]> terms, string[][] levels) =>
        1 + terms.Sum(t => t.Aggregate(1, (w, f) => w * (levels[f].Length - 1)));

    /// <summary>The least-squares fit: coefficients, residual sum of squares and df, and (X'X)⁻¹.</summary>
    private static (Vector<double> Beta, double Rss, int Df, Matrix<double> Covariance)? Solve(
        List<int[]> terms, string[][] levels, IReadOnlyList<(string[] Levels, double Y)> rows)
    {
        var p = Columns(terms, levels);
        if (rows.Count <= p) return null;
        var x = Matrix<double>.Build.Dense(rows.Count, p);
        var y = Vector<double>.Build.Dense(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            y[i] = rows[i].Y;
            x[i, 0] = 1;
            var col = 1;
            foreach (var term in terms)
            {
                var codes = term.Select(f => Code(Array.IndexOf(levels[f], rows[i].Levels[f]), levels[f].Length)).ToArray();
                foreach (var combination in Product(codes)) x[i, col++] = combination;
            }
        }

        var xtx = x.TransposeThisAndMultiply(x);
        if (xtx.Rank() < p) return null; // an empty cell: the model is not estimable
        var covariance = xtx.Inverse();
        var beta = covariance * x.TransposeThisAndMultiply(y);
        var residual = y - x * beta;
        return (beta, residual.DotProduct(residual), rows.Count - p, covariance);
    }

    /// <summary>Effect coding of level <paramref name="index"/> of <paramref name="count"/>: one column per level but the last.</summary>
    private static double[] Code(int index, int count)
    {
        var code = new double[count - 1];
        if (index == count - 1) Array.Fill(code, -1);
        else code[index] = 1;
        return code;
    }

    private static IEnumerable<double> Product(double[][] codes)
    {
        if (codes.Length == 1)
        {
            foreach (var c in codes[0]) yield return c;
            yield break;
        }

        foreach (var first in codes[0])
            foreach (var rest in Product(codes[1..]))
                yield return first * rest;
    }

    /// <summary>Every cell of a term (a level, or a pair of levels) with its contrast over the term's coded columns.</summary>
    private static IEnumerable<(string Name, double[] Contrast)> Cells(int[] term, string[][] levels)
    {
        var perFactor = term.Select(f => levels[f].Select((level, i) => (level, Code(i, levels[f].Length))).ToArray()).ToArray();
        IEnumerable<(string, double[])> Combine(int k)
        {
            if (k == perFactor.Length - 1)
            {
                foreach (var (level, code) in perFactor[k]) yield return (level, code);
                yield break;
            }

            foreach (var (level, code) in perFactor[k])
                foreach (var (rest, restCode) in Combine(k + 1))
                    yield return ($"{level} × {rest}", code.SelectMany(c => restCode.Select(r => c * r)).ToArray());
        }

        return Combine(0);
    }
}
