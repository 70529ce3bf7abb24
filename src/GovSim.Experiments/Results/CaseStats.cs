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
        // One pass over the cases (a run may hold a million), sums in case order as before.
        int completed = 0, abandoned = 0, open = 0, cohort = 0, cohortCompleted = 0, cohortOnTime = 0;
        double latencySum = 0, trips = 0, proofs = 0, cost = 0, satisfaction = 0;
        var latencies = new List<double>(cases.Count);
        var observations = new (double Time, bool Event)[cases.Count];
        var i = 0;
        foreach (var c in cases)
        {
            observations[i++] = Observation(c, window);
            cost += c.Cost;
            var inCohort = c.SubmittedAt < window.CohortEnd;
            if (inCohort) cohort++;
            switch (c.Outcome)
            {
                case CaseOutcome.Completed:
                    completed++;
                    var latency = SimTime.ToHours(c.FinishedAt - c.SubmittedAt);
                    latencies.Add(latency);
                    latencySum += latency;
                    trips += c.Trips;
                    proofs += c.ProofsByCitizen;
                    satisfaction += c.Satisfaction;
                    if (inCohort)
                    {
                        cohortCompleted++;
                        if (c.FinishedAt <= c.Deadline) cohortOnTime++;
                    }

                    break;
                case CaseOutcome.Abandoned:
                    abandoned++;
                    break;
                default:
                    open++;
                    break;
            }
        }

        var sorted = latencies.ToArray();
        Array.Sort(sorted);
        double? Quantile(double tau) => sorted.Length == 0 ? null : SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R7);
        double? Mean(double sum) => completed == 0 ? null : sum / completed;
        double? Rate(int n) => cohort == 0 ? null : n / (double)cohort;
        var km = cases.Count == 0 ? null : KaplanMeier.Fit(observations);
        return new CaseStats(
            cases.Count, completed, abandoned, open,
            Rate(cohortCompleted), Rate(cohortOnTime),
            Mean(latencySum), Quantile(0.5), Quantile(0.9), Quantile(0.95),
            Mean(trips), Mean(proofs), cost, Mean(satisfaction),
            cohort, km?.Median, km?.RestrictedMean(window.RmstHorizonH));
    }

    /// <summary>A case's latency as a survival observation: completed cases are events; others are censored.</summary>
    private static (double Time, bool Event) Observation(CaseRecord c, ObservationWindow window) => c.Outcome switch
    {
        CaseOutcome.Completed => (SimTime.ToHours(c.FinishedAt - c.SubmittedAt), true),
        CaseOutcome.Abandoned => (SimTime.ToHours(c.FinishedAt - c.SubmittedAt), false),
        _ => (SimTime.ToHours(window.End - c.SubmittedAt), false),
    };
}
