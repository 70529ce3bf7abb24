using GovSim.Experiments.Statistics;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using MathNet.Numerics.Statistics;

namespace GovSim.Experiments.Results;

/// <summary>
/// Outcome statistics of a set of cases (see <see cref="ObservationWindow"/> for which count where): counts over every
/// case given; completion and on-time rates over the cohort; latency (calendar hours, percentiles by R's type 7),
/// trips, proofs and satisfaction over completed cases; the Kaplan–Meier median and restricted mean latency over every
/// case given, open and abandoned cases censored — so slow modes are not flattered by leaving their slowest cases out;
/// cost over every case given.
/// </summary>
public sealed record CaseStats(
    int Submitted, int Completed, int Abandoned, int Open, double? CompletionRate, double? OnTimeRate,
    double? LatencyMeanH, double? LatencyP50H, double? LatencyP90H, double? LatencyP95H,
    double? TripsMean, double? ProofsByCitizenMean, double CostTotal, double? SatisfactionMean,
    int CohortCases, double? LatencyKmMedianH, double? LatencyRmstH)
{
    public static CaseStats Of(IReadOnlyCollection<CaseRecord> cases, ObservationWindow window)
    {
        var completed = cases.Where(c => c.Outcome == CaseOutcome.Completed).ToArray();
        var latencies = completed.Select(c => SimTime.ToHours(c.FinishedAt - c.SubmittedAt)).ToArray();
        var cohort = cases.Where(c => c.SubmittedAt < window.CohortEnd).ToArray();
        double? MeanOf(Func<CaseRecord, double> f) => completed.Length == 0 ? null : completed.Average(f);
        double? Quantile(double tau) => latencies.Length == 0 ? null : MathNet.Numerics.Statistics.Statistics.QuantileCustom(latencies, tau, QuantileDefinition.R7);
        double? Rate(int n) => cohort.Length == 0 ? null : n / (double)cohort.Length;
        var km = cases.Count == 0 ? null : KaplanMeier.Fit(cases.Select(c => Observation(c, window)).ToArray());
        return new CaseStats(
            cases.Count, completed.Length,
            cases.Count(c => c.Outcome == CaseOutcome.Abandoned), cases.Count(c => c.Outcome == CaseOutcome.Open),
            Rate(cohort.Count(c => c.Outcome == CaseOutcome.Completed)),
            Rate(cohort.Count(c => c.Outcome == CaseOutcome.Completed && c.FinishedAt <= c.Deadline)),
            latencies.Length == 0 ? null : latencies.Average(), Quantile(0.5), Quantile(0.9), Quantile(0.95),
            MeanOf(c => c.Trips), MeanOf(c => c.ProofsByCitizen), cases.Sum(c => c.Cost), MeanOf(c => c.Satisfaction),
            cohort.Length, km?.Median, km?.RestrictedMean(window.RmstHorizonH));
    }

    /// <summary>A case's latency as a survival observation: completed cases are events; others are censored.</summary>
    private static (double Time, bool Event) Observation(CaseRecord c, ObservationWindow window) => c.Outcome switch
    {
        CaseOutcome.Completed => (SimTime.ToHours(c.FinishedAt - c.SubmittedAt), true),
        CaseOutcome.Abandoned => (SimTime.ToHours(c.FinishedAt - c.SubmittedAt), false),
        _ => (SimTime.ToHours(window.End - c.SubmittedAt), false),
    };
}
