using GovSim.Experiments.Statistics;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Experiments.Results;

/// <summary>
/// Running counts and sums over one group of cases, added one at a time in canonical order; with the group's sorted
/// observations (<see cref="CaseObservation"/>) it gives the group's <see cref="CaseStats"/>. Holds nothing per case.
/// </summary>
public sealed class CaseTally
{
    private int _submitted, _completed, _abandoned, _open, _cohort, _cohortCompleted, _cohortOnTime;
    private long _latencyMinutes, _trips, _proofs;
    private double _cost, _satisfaction;

    public int Submitted => _submitted;

    public void Add(CaseRecord c, ObservationWindow window)
    {
        _submitted++;
        _cost += c.Cost;
        var inCohort = c.SubmittedAt < window.CohortEnd;
        if (inCohort) _cohort++;
        switch (c.Outcome)
        {
            case CaseOutcome.Completed:
                _completed++;
                _latencyMinutes += c.FinishedAt - c.SubmittedAt;
                _trips += c.Trips;
                _proofs += c.ProofsByCitizen;
                _satisfaction += c.Satisfaction;
                if (inCohort)
                {
                    _cohortCompleted++;
                    if (c.FinishedAt <= c.Deadline) _cohortOnTime++;
                }

                break;
            case CaseOutcome.Abandoned:
                _abandoned++;
                break;
            default:
                _open++;
                break;
        }
    }

    /// <param name="sorted">The packed observations of exactly this group's cases, in ascending order.</param>
    public CaseStats ToStats(int[] sorted, ObservationWindow window)
    {
        if (sorted.Length != _submitted) throw new ArgumentException($"expected {_submitted} observations, got {sorted.Length}", nameof(sorted));
        double? Mean(double sum) => _completed == 0 ? null : sum / _completed;
        double? Rate(int n) => _cohort == 0 ? null : n / (double)_cohort;
        KaplanMeierCurve? km = _submitted == 0 ? null : KaplanMeier.FitGrouped(ByTime(sorted), _submitted);
        return new CaseStats(
            _submitted, _completed, _abandoned, _open,
            Rate(_cohortCompleted), Rate(_cohortOnTime),
            Mean(SimTime.ToHours(_latencyMinutes)), Quantile(sorted, 0.5), Quantile(sorted, 0.9), Quantile(sorted, 0.95),
            Mean(_trips), Mean(_proofs), _cost, Mean(_satisfaction),
            _cohort, km?.Median, km?.RestrictedMean(window.RmstHorizonH));
    }

    /// <summary>The latency quantile of completed cases by R's type 7 definition (as MathNet's QuantileCustom R7).</summary>
    private double? Quantile(int[] sorted, double tau)
    {
        if (_completed == 0) return null;
        var h = (_completed - 1) * tau + 1;
        var hf = (int)h;
        var lower = CompletedAt(sorted, Math.Max(hf - 1, 0));
        var upper = CompletedAt(sorted, Math.Min(hf, _completed - 1));
        return lower + (h - hf) * (upper - lower);
    }

    /// <summary>The <paramref name="k"/>-th smallest latency of a completed case, in hours.</summary>
    private static double CompletedAt(int[] sorted, int k)
    {
        foreach (var packed in sorted)
            if (CaseObservation.IsEvent(packed) && k-- == 0) return CaseObservation.Hours(packed);
        throw new ArgumentOutOfRangeException(nameof(k));
    }

    private static IEnumerable<(double Time, int Events, int Observations)> ByTime(int[] sorted)
    {
        for (var i = 0; i < sorted.Length;)
        {
            var minutes = sorted[i] >> 1;
            int events = 0, j = i;
            for (; j < sorted.Length && sorted[j] >> 1 == minutes; j++)
                if (CaseObservation.IsEvent(sorted[j])) events++;
            yield return (SimTime.ToHours(minutes), events, j - i);
            i = j;
        }
    }
}
