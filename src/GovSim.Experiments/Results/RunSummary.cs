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
    /// <param name="skilled">Whether a case's citizen is digitally skilled; without it both group statistics are empty.</param>
    public static RunSummary Of(RunRecords records, World world, Func<CaseRecord, bool>? skilled = null)
    {
        var window = ObservationWindow.Of(world);
        var counted = records.Cases.Where(c => c.SubmittedAt >= window.Warmup).ToArray();
        var groups = counted.ToLookup(c => skilled?.Invoke(c)); // all under null when there is no classifier
        var cases = CaseStats.Of(counted, window);
        var cost = cases.CostTotal + (world.PlatformInUse ? world.Spec.Costs.PlatformPerDay * window.MeasuredDays : 0);
        var trend = Statistics.SteadyState.SecondHalfTrend(DailyBacklog(records, world));
        return new RunSummary(
            cases,
            CaseStats.Of(groups[true].ToArray(), window),
            CaseStats.Of(groups[false].ToArray(), window),
            records.MessagesTotal,
            records.Count("escalations"),
            records.Count("leader_interventions"),
            records.Count("rework"),
            records.EventsProcessed,
            records.Count("platform_fallbacks"),
            records.Count("platform_down_minutes") / 60.0,
            records.Count("peer_refusals"),
            records.Count("tender_retries"),
            cost,
            cases.Completed == 0 ? null : cost / cases.Completed,
            !trend.Growing,
            double.IsNaN(trend.Slope) ? 0 : trend.Slope,
            SuggestedWarmup(records));
    }

    /// <summary>Work waiting anywhere in government at each midnight after the warm-up.</summary>
    private static double[] DailyBacklog(RunRecords records, World world)
    {
        var firstDay = world.Spec.WarmupDays;
        var days = world.Spec.DurationDays - firstDay;
        if (days <= 0) return [];
        var total = new double[days];
        foreach (var d in records.DepartmentDays)
            if (d.Day >= firstDay && d.Day - firstDay < days) total[d.Day - firstDay] += d.QueueAtMidnight;
        foreach (var i in records.Indicators)
            if (i.Day >= firstDay && i.Day - firstDay < days && i.Metric is "backlog" or "intake_waiting" or "assisted_waiting" or "held_backlog")
                total[i.Day - firstDay] += i.Value;
        return total;
    }

    /// <summary>MSER-5 on the mean latency of the cases completed each day (days without a completion skipped), in days.</summary>
    private static double? SuggestedWarmup(RunRecords records)
    {
        var daily = records.Cases
            .Where(c => c.Outcome == CaseOutcome.Completed)
            .GroupBy(c => SimTime.DayOf(c.FinishedAt))
            .OrderBy(g => g.Key)
            .Select(g => (Day: g.Key, Latency: g.Average(c => SimTime.ToHours(c.FinishedAt - c.SubmittedAt))))
            .ToArray();
        if (daily.Length < 10) return null;
        var cut = Mser.Truncation(daily.Select(d => d.Latency).ToArray()).TruncateObservations;
        return cut == 0 ? 0 : daily[cut].Day;
    }
}
