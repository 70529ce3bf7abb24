namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// First-order and total Sobol indices from the outputs of a <see cref="SobolDesign"/>. The estimators are the ones
/// Saltelli et al. (2010, Table 2) recommend for the A/B/AB_i design:
/// <list type="bullet">
/// <item>S1_i = mean_j( f(B)_j · (f(AB_i)_j − f(A)_j) ) / V (Saltelli 2010), unbiased and stable for small S1;</item>
/// <item>ST_i = mean_j( (f(A)_j − f(AB_i)_j)² ) / 2 / V (Jansen 1999), non-negative by construction;</item>
/// <item>V = the (population) variance of f over the 2N outputs of A and B together.</item>
/// </list>
/// Confidence intervals are bootstrap percentile intervals that resample rows j of the base sample (the same j for
/// A, B and every AB_i, since those outputs are dependent through the row), drawn from <c>new Random(seed)</c>.
/// With a Sobol base the rows are not independent, so the intervals are conservative: the quasi-Monte Carlo error is
/// usually smaller than the bootstrap suggests.
/// </summary>
public static class SobolAnalysis
{
    /// <summary>Analyzes the outputs of a design, taking k and N from it.</summary>
    public static SobolResult Analyze(SobolDesign design, IReadOnlyList<double> outputs, int bootstrapResamples, int seed,
        IReadOnlyList<string>? names = null, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(design);
        return Analyze(design.Inputs, design.BaseSize, outputs, bootstrapResamples, seed, names, confidenceLevel);
    }

    /// <summary>
    /// Sobol indices for <paramref name="inputs"/> inputs from N·(k+2) <paramref name="outputs"/> in the
    /// <see cref="SobolDesign"/> order (A rows, B rows, AB_0 … AB_(k−1) rows). Every output must be finite: a failed
    /// run has to be re-run or imputed by the caller, because dropping it would unpair the rows.
    /// </summary>
    public static SobolResult Analyze(int inputs, int baseSize, IReadOnlyList<double> outputs, int bootstrapResamples, int seed,
        IReadOnlyList<string>? names = null, double confidenceLevel = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSize, 2);
        ArgumentNullException.ThrowIfNull(outputs);
        Bootstrap.CheckArguments(bootstrapResamples, confidenceLevel);
        var labels = InputNames.Resolve(names, inputs);
        var expected = SobolDesign.PointCountFor(inputs, baseSize);
        if (outputs.Count != expected)
            throw new ArgumentException($"Expected N·(k+2) = {expected} outputs, got {outputs.Count}.", nameof(outputs));
        for (var i = 0; i < outputs.Count; i++)
            if (!double.IsFinite(outputs[i])) throw new ArgumentException($"Output {i} is not finite ({outputs[i]}).", nameof(outputs));

        double[] Block(int b) => Enumerable.Range(b * baseSize, baseSize).Select(i => outputs[i]).ToArray();
        var fA = Block(0);
        var fB = Block(1);
        var fAB = Enumerable.Range(0, inputs).Select(i => Block(2 + i)).ToArray();

        var rows = Enumerable.Range(0, baseSize).ToArray();
        var (variance, s1, st) = Estimate(fA, fB, fAB, rows);

        var s1Replicates = new double[inputs][];
        var stReplicates = new double[inputs][];
        for (var i = 0; i < inputs; i++) (s1Replicates[i], stReplicates[i]) = (new double[bootstrapResamples], new double[bootstrapResamples]);
        var random = new Random(seed);
        var drawn = new int[baseSize];
        for (var b = 0; b < bootstrapResamples; b++)
        {
            Bootstrap.Resample(drawn, baseSize, random);
            var (_, bs1, bst) = Estimate(fA, fB, fAB, drawn);
            for (var i = 0; i < inputs; i++) (s1Replicates[i][b], stReplicates[i][b]) = (bs1[i], bst[i]);
        }

        var indices = new SobolIndex[inputs];
        for (var i = 0; i < inputs; i++)
        {
            var (s1Lo, s1Hi) = Bootstrap.PercentileInterval(s1Replicates[i], confidenceLevel);
            var (stLo, stHi) = Bootstrap.PercentileInterval(stReplicates[i], confidenceLevel);
            indices[i] = new SobolIndex(i, labels[i], new IntervalEstimate(s1[i], s1Lo, s1Hi), new IntervalEstimate(st[i], stLo, stHi));
        }
        return new SobolResult(baseSize, variance, bootstrapResamples, confidenceLevel, indices);
    }

    /// <summary>V, S1 and ST over the base rows listed in <paramref name="rows"/> (repeats allowed, for the bootstrap).</summary>
    private static (double Variance, double[] S1, double[] ST) Estimate(double[] fA, double[] fB, double[][] fAB, int[] rows)
    {
        double sum = 0;
        foreach (var j in rows) sum += fA[j] + fB[j];
        var mean = sum / (2.0 * rows.Length);
        double squares = 0;
        foreach (var j in rows) squares += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        var variance = squares / (2.0 * rows.Length);

        var k = fAB.Length;
        var (s1, st) = (new double[k], new double[k]);
        for (var i = 0; i < k; i++)
        {
            var ab = fAB[i];
            double first = 0, total = 0;
            foreach (var j in rows)
            {
                first += fB[j] * (ab[j] - fA[j]);
                total += (fA[j] - ab[j]) * (fA[j] - ab[j]);
            }
            s1[i] = first / rows.Length / variance;
            st[i] = total / rows.Length / 2 / variance;
        }
        return (variance, s1, st);
    }
}
