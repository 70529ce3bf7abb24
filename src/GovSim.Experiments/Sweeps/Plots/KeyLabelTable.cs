namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// Hand-written labels with units for the outcome columns of runs.csv and for the scenario keys the experiments sweep.
/// The spec's [Description] texts are sentences, too long for an axis, and carry no units; these are written for axes.
/// Patterns write a list index as [] (functions[].digital_maturity, as the parameter reference does) and a named
/// instance as * (leaders.*.push covers leaders.regional.push and leaders.top.push).
/// </summary>
internal static class KeyLabelTable
{
    private const string PerRun = "count per run";
    private const string Share = "0–1";

    public static IReadOnlyDictionary<string, KeyLabel> Outcomes { get; } = new Dictionary<string, KeyLabel>(StringComparer.Ordinal)
    {
        ["cases_submitted"] = new("Cases submitted", PerRun, "cases submitted"),
        ["cases_completed"] = new("Cases completed", PerRun, "cases completed"),
        ["cases_abandoned"] = new("Cases abandoned", PerRun, "cases abandoned"),
        ["completion_rate"] = new("Completion rate", "share of cohort", "completion rate"),
        ["on_time_rate"] = new("On-time rate", "share of cohort", "on-time rate"),
        ["latency_mean_h"] = new("Mean latency of completed cases", "h", "mean latency"),
        ["latency_p50_h"] = new("Median latency of completed cases", "h", "median latency"),
        ["latency_p90_h"] = new("90th-percentile latency of completed cases", "h", "90th-percentile latency"),
        ["latency_p95_h"] = new("95th-percentile latency of completed cases", "h", "95th-percentile latency"),
        ["trips_mean"] = new("Trips per completed case", "mean", "trips per case"),
        ["proofs_by_citizen_mean"] = new("Proofs fetched by the citizen per completed case", "mean", "proofs fetched by citizens"),
        ["messages_total"] = new("Messages", PerRun),
        ["escalations_total"] = new("Escalations", PerRun),
        ["leader_interventions"] = new("Leader interventions", PerRun),
        ["rework_total"] = new("Rework", PerRun),
        ["cost_total"] = new("Total cost", "currency units per run", "total cost"),
        ["satisfaction_mean"] = new("Satisfaction with completed cases", "mean, 0–1", "satisfaction"),
        ["events_processed"] = new("Events processed", PerRun),
        ["wall_seconds"] = new("Wall-clock time of the run", "s", "wall-clock time"),
        ["cases_open"] = new("Cases still open at the end", PerRun, "open cases"),
        ["platform_fallbacks"] = new("Platform fallbacks to the counter", PerRun, "platform fallbacks"),
        ["platform_down_hours"] = new("Platform down time", "h per run", "platform down time"),
        ["peer_refusals"] = new("Peer refusals", PerRun),
        ["tender_retries"] = new("Tender retries", PerRun),
        ["latency_mean_skilled_h"] = new("Mean latency, digitally skilled citizens", "h", "mean latency of digitally skilled citizens"),
        ["latency_mean_unskilled_h"] = new("Mean latency, citizens without digital skills", "h", "mean latency of citizens without digital skills"),
        ["trips_mean_skilled"] = new("Trips per completed case, digitally skilled citizens", "mean", "trips of digitally skilled citizens"),
        ["trips_mean_unskilled"] = new("Trips per completed case, citizens without digital skills", "mean", "trips of citizens without digital skills"),
        ["cohort_cases"] = new("Cases in the cohort", PerRun, "cohort size"),
        ["latency_km_median_h"] = new("Median latency, Kaplan–Meier (unfinished cases censored)", "h", "Kaplan–Meier median latency"),
        ["latency_rmst_h"] = new("Restricted mean latency, Kaplan–Meier", "h", "restricted mean latency"),
        ["cost_per_case"] = new("Cost per completed case", "currency units", "cost per case"),
        ["steady_state"] = new("Steady state", "", "steady state"),
        ["backlog_slope_per_day"] = new("Growth of the backlog", "items per day", "backlog growth"),
        ["mser_warmup_days"] = new("MSER-5 warm-up", "days", "MSER-5 warm-up"),
        ["platform_held"] = new("Work held by the platform", PerRun, "work held by the platform"),
        ["leader_turnovers"] = new("Leader turnovers", PerRun),
    };

    public static IReadOnlyList<(string Pattern, KeyLabel Label)> Keys { get; } =
    [
        ("mode", new("Coordination mode", "")),
        ("seed", new("Seed", "")),
        ("duration_days", new("Run length", "days")),
        ("warmup_days", new("Warm-up", "days")),
        ("arrivals.rate_per_hour", new("Arrival rate", "cases per hour")),
        ("population.citizens", new("Citizens", "people")),
        ("population.digital_literacy.midpoint_age", new("Age at which digital literacy is 0.5", "years", "midpoint age of digital literacy")),
        ("population.digital_literacy.steepness", new("Fall of digital literacy with age", "per year")),
        ("functions[].staff", new("Staff", "clerks per department")),
        ("functions[].digital_maturity", new("Digital maturity", Share)),
        ("functions[].platform_resistance", new("Platform resistance", Share)),
        ("services[].proofs[].policy", new("Proof policy", "")),
        ("platform.availability", new("Platform availability", "share of time up")),
        ("platform.mean_outage_hours", new("Mean outage length", "h")),
        ("platform.data_error_rate", new("Data-error rate", "share of online applications")),
        ("platform.sla_hours", new("Platform deadline per step (SLA)", "working h")),
        ("platform.shared_across_regions", new("One platform shared across regions", "")),
        ("platform.parallel_dispatch", new("Parallel dispatch", "")),
        ("platform.hub_connectedness", new("Data-hub connectedness", Share)),
        ("platform.visibility", new("Load board (visibility)", "")),
        ("platform.leader_channel", new("Leaders work through the platform", "")),
        ("platform.leader_response_minutes", new("Leader response through the platform", "min")),
        ("network.initial_trust", new("Initial trust between departments", Share)),
        ("network.trust_step", new("Trust change per request", Share)),
        ("digitalisation.growth_per_year", new("Digital-maturity growth", "per year at push 1")),
        ("leaders.attention_push_gain", new("Gain of leader attention from push", "factor")),
        ("leaders.turnover_per_year", new("Leader turnover", "per region and year")),
        ("leaders.*.push", new("Leader push", Share)),
        ("leaders.*.response_delay_minutes", new("Leader response delay", "min")),
        ("leaders.*.attention_per_day", new("Leader attention", "items per working day")),
        ("mosaic.administrative", new("Mosaic weight of administrative coordination", Share)),
        ("mosaic.market", new("Mosaic weight of market coordination", Share)),
        ("mosaic.network", new("Mosaic weight of network coordination", Share)),
        ("mosaic.cyborg", new("Mosaic weight of cyborg coordination", Share)),
    ];
}
