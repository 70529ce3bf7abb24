namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// Morris screening statistics from the outputs of a <see cref="MorrisDesign"/>. The elementary effect of the input
/// moved between steps s−1 and s of a trajectory is EE = (f(step s) − f(step s−1)) / (±Δ), one per input and
/// trajectory. The interval on μ* resamples whole trajectories with replacement (the unit the design draws
/// independently), from <c>new Random(seed)</c>, and takes percentiles.
/// </summary>
public static class MorrisAnalysis
{
    /// <summary>
    /// μ, μ* and σ per input from r·(k+1) <paramref name="outputs"/> in the design's point order. Every output must
    /// be finite: a failed run has to be re-run or imputed by the caller, since dropping it breaks two effects.
    /// </summary>
    public static MorrisResult Analyze(MorrisDesign design, IReadOnlyList<double> outputs, int bootstrapResamples, int seed,
        IReadOnlyList<string>? names = null, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        Bootstrap.CheckArguments(bootstrapResamples, confidenceLevel);
        var (k, r) = (design.Inputs, design.Trajectories);
        var labels = InputNames.Resolve(names, k);
        if (outputs.Count != design.PointCount)
            throw new ArgumentException($"Expected r·(k+1) = {design.PointCount} outputs, got {outputs.Count}.", nameof(outputs));
        for (var i = 0; i < outputs.Count; i++)
            if (!double.IsFinite(outputs[i])) throw new ArgumentException($"Output {i} is not finite ({outputs[i]}).", nameof(outputs));

        var effects = new double[k][];
        for (var i = 0; i < k; i++) effects[i] = new double[r];
        for (var t = 0; t < r; t++)
            for (var s = 1; s <= k; s++)
            {
                var at = t * (k + 1) + s;
                effects[design.MovedInput(t, s)][t] = (outputs[at] - outputs[at - 1]) / design.StepSize(t, s);
            }

        var replicates = new double[k][];
        for (var i = 0; i < k; i++) replicates[i] = new double[bootstrapResamples];
        var random = new Random(seed);
        var drawn = new int[r];
        for (var b = 0; b < bootstrapResamples; b++)
        {
            Bootstrap.Resample(drawn, r, random);
            for (var i = 0; i < k; i++)
            {
                double sum = 0;
                foreach (var t in drawn) sum += Math.Abs(effects[i][t]);
                replicates[i][b] = sum / r;
            }
        }

        var result = new MorrisEffect[k];
        for (var i = 0; i < k; i++)
        {
            var ee = effects[i];
            var mu = ee.Average();
            var muStar = ee.Average(Math.Abs);
            var sigma = r < 2 ? double.NaN : Math.Sqrt(ee.Sum(e => (e - mu) * (e - mu)) / (r - 1));
            var (lower, upper) = Bootstrap.PercentileInterval(replicates[i], confidenceLevel);
            result[i] = new MorrisEffect(i, labels[i], mu, new IntervalEstimate(muStar, lower, upper), sigma);
        }
        return new MorrisResult(r, design.Levels, design.Delta, bootstrapResamples, confidenceLevel, result);
    }
}
