using GovSim.Model.Metrics;

namespace GovSim.Experiments.Results;

/// <summary>
/// The outcome columns of one runs.csv row. Case statistics cover cases submitted after the warm-up (see
/// <see cref="CaseStats"/>); messages, escalations, interventions, rework, fallbacks, refusals and events are counts
/// over the whole run.
/// </summary>
public sealed record RunSummary(CaseStats Cases, CaseStats Skilled, CaseStats Unskilled, long MessagesTotal, long EscalationsTotal, long LeaderInterventions,
    long ReworkTotal, long EventsProcessed, long PlatformFallbacks, double PlatformDownHours, long PeerRefusals, long TenderRetries)
{
    /// <param name="skilled">Whether a case's citizen is digitally skilled; without it both group statistics are empty.</param>
    public static RunSummary Of(RunRecords records, long warmup, Func<CaseRecord, bool>? skilled = null)
    {
        var counted = records.Cases.Where(c => c.SubmittedAt >= warmup).ToArray();
        var groups = counted.ToLookup(c => skilled?.Invoke(c)); // all under null when there is no classifier
        return new RunSummary(
            CaseStats.Of(counted),
            CaseStats.Of(groups[true].ToArray()),
            CaseStats.Of(groups[false].ToArray()),
            records.MessagesTotal,
            records.Count("escalations"),
            records.Count("leader_interventions"),
            records.Count("rework"),
            records.EventsProcessed,
            records.Count("platform_fallbacks"),
            records.Count("platform_down_minutes") / 60.0,
            records.Count("peer_refusals"),
            records.Count("tender_retries"));
    }
}
