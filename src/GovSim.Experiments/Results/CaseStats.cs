using GovSim.Model.Metrics;

namespace GovSim.Experiments.Results;

/// <summary>
/// Outcome statistics of a set of cases, from running tallies and a sorted store of packed latencies
/// (<see cref="CaseTally"/>; see <see cref="ObservationWindow"/> for which count where): counts over every case given; completion and on-time rates over the cohort; latency (calendar hours, percentiles by R's type 7),
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
    /// <summary>The statistics of the cases given (tests and small sets; runs use <see cref="CaseLedger"/>).</summary>
    public static CaseStats Of(IReadOnlyCollection<CaseRecord> cases, ObservationWindow window)
    {
        var tally = new CaseTally();
        var observations = new int[cases.Count];
        var i = 0;
        foreach (var c in cases)
        {
            tally.Add(c, window);
            observations[i++] = CaseObservation.Of(c, window);
        }

        Array.Sort(observations);
        return tally.ToStats(observations, window);
    }
}
