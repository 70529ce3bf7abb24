using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using MathNet.Numerics.Statistics;

namespace GovSim.Experiments.Results;

/// <summary>
/// The outcome columns of one runs.csv row. Case statistics cover cases submitted after the warm-up; latency,
/// trips, proofs and satisfaction are over completed cases; messages, escalations, interventions and events cover the
/// whole run. Percentiles use R's default definition (type 7).
/// </summary>
public sealed record RunSummary(
    int CasesSubmitted,
    int CasesCompleted,
    int CasesAbandoned,
    int CasesOpen,
    double CompletionRate,
    double OnTimeRate,
    double? LatencyMeanH,
    double? LatencyP50H,
    double? LatencyP90H,
    double? LatencyP95H,
    double? TripsMean,
    double? ProofsByCitizenMean,
    long MessagesTotal,
    long EscalationsTotal,
    long LeaderInterventions,
    long ReworkTotal,
    double CostTotal,
    double? SatisfactionMean,
    long EventsProcessed)
{
    public static RunSummary Of(RunRecords records, long warmup)
    {
        var cases = records.Cases.Where(c => c.SubmittedAt >= warmup).ToArray();
        var completed = cases.Where(c => c.Outcome == CaseOutcome.Completed).ToArray();
        var latencies = completed.Select(c => SimTime.ToHours(c.FinishedAt - c.SubmittedAt)).ToArray();
        double? MeanOf(Func<CaseRecord, double> f) => completed.Length == 0 ? null : completed.Average(f);
        double? Quantile(double tau) => latencies.Length == 0 ? null : Statistics.QuantileCustom(latencies, tau, QuantileDefinition.R7);
        double Rate(int n) => cases.Length == 0 ? 0 : n / (double)cases.Length;

        return new RunSummary(
            cases.Length,
            completed.Length,
            cases.Count(c => c.Outcome == CaseOutcome.Abandoned),
            cases.Count(c => c.Outcome == CaseOutcome.Open),
            Rate(completed.Length),
            Rate(completed.Count(c => c.FinishedAt <= c.Deadline)),
            latencies.Length == 0 ? null : latencies.Average(),
            Quantile(0.5),
            Quantile(0.9),
            Quantile(0.95),
            MeanOf(c => c.Trips),
            MeanOf(c => c.ProofsByCitizen),
            records.MessagesTotal,
            records.Count("escalations"),
            records.Count("leader_interventions"),
            completed.Sum(c => (long)c.Rework),
            completed.Sum(c => c.Cost),
            MeanOf(c => c.Satisfaction),
            records.EventsProcessed);
    }
}
