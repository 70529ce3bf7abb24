using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using MathNet.Numerics.Statistics;

namespace GovSim.Experiments.Results;

/// <summary>
/// Outcome statistics of a set of cases: rates are shares of submitted cases; latency (calendar hours, percentiles by
/// R's type 7), trips, proofs, cost and satisfaction are over completed cases.
/// </summary>
public sealed record CaseStats(
    int Submitted, int Completed, int Abandoned, int Open, double CompletionRate, double OnTimeRate,
    double? LatencyMeanH, double? LatencyP50H, double? LatencyP90H, double? LatencyP95H,
    double? TripsMean, double? ProofsByCitizenMean, double CostTotal, double? SatisfactionMean)
{
    public static CaseStats Of(IReadOnlyCollection<CaseRecord> cases)
    {
        var completed = cases.Where(c => c.Outcome == CaseOutcome.Completed).ToArray();
        var latencies = completed.Select(c => SimTime.ToHours(c.FinishedAt - c.SubmittedAt)).ToArray();
        double? MeanOf(Func<CaseRecord, double> f) => completed.Length == 0 ? null : completed.Average(f);
        double? Quantile(double tau) => latencies.Length == 0 ? null : MathNet.Numerics.Statistics.Statistics.QuantileCustom(latencies, tau, QuantileDefinition.R7);
        double Rate(int n) => cases.Count == 0 ? 0 : n / (double)cases.Count;
        return new CaseStats(
            cases.Count, completed.Length,
            cases.Count(c => c.Outcome == CaseOutcome.Abandoned), cases.Count(c => c.Outcome == CaseOutcome.Open),
            Rate(completed.Length), Rate(completed.Count(c => c.FinishedAt <= c.Deadline)),
            latencies.Length == 0 ? null : latencies.Average(), Quantile(0.5), Quantile(0.9), Quantile(0.95),
            MeanOf(c => c.Trips), MeanOf(c => c.ProofsByCitizen), completed.Sum(c => c.Cost), MeanOf(c => c.Satisfaction));
    }
}
