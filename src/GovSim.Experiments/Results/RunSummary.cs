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
    public static RunSummary Of(RunRecords records, long warmup, Func<CaseRecord, bool>? skilled = null) => new(
        CaseStats.Of(records.Cases.Where(c => c.SubmittedAt >= warmup).ToArray()),
        CaseStats.Of(records.Cases.Where(c => c.SubmittedAt >= warmup && (skilled?.Invoke(c) ?? false)).ToArray()),
        CaseStats.Of(records.Cases.Where(c => c.SubmittedAt >= warmup && !(skilled?.Invoke(c) ?? true)).ToArray()),
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
