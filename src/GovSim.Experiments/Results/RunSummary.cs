using GovSim.Experiments.Statistics;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Results;

/// <summary>
/// The outcome columns of one runs.csv row. Case statistics cover cases submitted after the warm-up (see
/// <see cref="CaseStats"/> and <see cref="ObservationWindow"/>); messages, escalations, interventions, rework,
/// fallbacks, refusals and events are counts over the whole run. Cost adds the platform's fixed cost over the measured
/// days when the platform is in use. The run is flagged as not in steady state when the total backlog (department
/// queues, leaders' backlogs, the platform's queues) still grows over the second half of the run
/// (<see cref="SteadyState"/>); MSER-5 on the daily mean latency of completions suggests a warm-up.
/// </summary>
public sealed record RunSummary(CaseStats Cases, CaseStats Skilled, CaseStats Unskilled, long MessagesTotal, long EscalationsTotal, long LeaderInterventions,
    long ReworkTotal, long EventsProcessed, long PlatformFallbacks, double PlatformDownHours, long PeerRefusals, long TenderRetries,
    double CostTotal, double? CostPerCase, bool SteadyState, double BacklogSlopePerDay, double? MserWarmupDays)
{
    /// <summary>The summary of a run whose records are all in memory (tests, small runs).</summary>
    public static RunSummary Of(RunRecords records, World world)
    {
        var ledger = new RunLedger(world);
        ledger.Write(new ResultBatch(records.Cases, records.DepartmentDays, records.Indicators));
        return Of(ledger, records.Totals, world);
    }

    /// <summary>The summary of a run from what its ledger gathered as the records streamed past, and its totals.</summary>
    public static RunSummary Of(RunLedger ledger, RunTotals totals, World world)
    {
        var window = ledger.Window;
        var cases = ledger.Cases.All;
        var cost = cases.CostTotal + (world.PlatformInUse ? world.Spec.Costs.PlatformPerDay * window.MeasuredDays : 0);
        var trend = Statistics.SteadyState.SecondHalfTrend([.. ledger.DailyBacklog]);
        return new RunSummary(
            cases,
            ledger.Cases.Group("digital_group", "skilled"),
            ledger.Cases.Group("digital_group", "unskilled"),
            totals.MessagesTotal,
            totals.Count("escalations"),
            totals.Count("leader_interventions"),
            totals.Count("rework"),
            totals.EventsProcessed,
            totals.Count("platform_fallbacks"),
            totals.Count("platform_down_minutes") / 60.0,
            totals.Count("peer_refusals"),
            totals.Count("tender_retries"),
            cost,
            cases.Completed == 0 ? null : cost / cases.Completed,
            !trend.Growing,
            double.IsNaN(trend.Slope) ? 0 : trend.Slope,
            SuggestedWarmup(ledger.DailyLatency));
    }

    /// <summary>MSER-5 on the mean latency of the cases completed each day (days without a completion skipped), in days.</summary>
    private static double? SuggestedWarmup(IReadOnlyList<(long Day, double Latency)> daily)
    {
        if (daily.Count < 10) return null;
        var cut = Mser.Truncation(daily.Select(d => d.Latency).ToArray()).TruncateObservations;
        return cut == 0 ? 0 : daily[cut].Day;
    }
}
