namespace GovSim.Experiments.Statistics;

/// <summary>
/// MSER-5 warm-up truncation (White 1997; Franklin &amp; White 2008): batch the output series into means of
/// <c>batch</c> observations and delete the leading batches that minimise the marginal standard error of the rest,
/// trading the bias of the initial transient against the variance of a shorter sample.
/// </summary>
public static class Mser
{
    /// <summary>
    /// Values must all be finite: a NaN would silently poison every statistic, so callers fill gaps first.
    /// An incomplete last batch is dropped; a series shorter than two batches is not truncated (Statistic NaN).
    /// </summary>
    public static MserResult Truncation(IReadOnlyList<double> series, int batch = 5)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        for (var i = 0; i < series.Count; i++)
            if (!double.IsFinite(series[i]))
                throw new ArgumentException($"series[{i}] is {series[i]}; MSER needs finite values", nameof(series));

        var k = series.Count / batch;
        if (k < 2) return new MserResult(0, k, double.NaN);
        var means = new double[k];
        for (var j = 0; j < k; j++)
        {
            double sum = 0;
            for (var m = 0; m < batch; m++) sum += series[j * batch + m];
            means[j] = sum / batch;
        }

        // Only the first half may be deleted: beyond it the statistic rewards throwing data away (it tends to 0).
        var maxD = k / 2;
        var stat = new double[maxD + 1];
        // One backward pass with Welford's update gives the sum of squared deviations of every tail in O(k),
        // without the cancellation of the sum-of-squares shortcut.
        double mean = 0, squares = 0;
        for (var j = k - 1; j >= 0; j--)
        {
            var count = k - j;
            var delta = means[j] - mean;
            mean += delta / count;
            squares += delta * (means[j] - mean);
            if (j <= maxD) stat[j] = squares / ((double)count * count);
        }

        var best = 0;
        for (var d = 1; d <= maxD; d++)
            if (stat[d] < stat[best]) best = d; // strict: ties keep the smallest truncation
        return new MserResult(best * batch, k, stat[best]);
    }
}

/// <summary>
/// The observations to delete from the start (a multiple of the batch size), the number of complete batches, and
/// the minimal MSER statistic (NaN when the series was too short to judge).
/// </summary>
public sealed record MserResult(int TruncateObservations, int Batches, double Statistic);
