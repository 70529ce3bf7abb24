using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Experiments.Results;

/// <summary>The CSV files of a results folder (README, "Results"), built from finished runs.</summary>
public static class ResultTables
{
    /// <summary>The outcome columns of runs.csv, after the identity and parameter columns.</summary>
    public static readonly string[] OutcomeColumns =
    [
        "cases_submitted", "cases_completed", "cases_abandoned", "completion_rate", "on_time_rate",
        "latency_mean_h", "latency_p50_h", "latency_p90_h", "latency_p95_h", "trips_mean", "proofs_by_citizen_mean",
        "messages_total", "escalations_total", "leader_interventions", "rework_total", "cost_total", "satisfaction_mean",
        "events_processed", "wall_seconds", "cases_open", "platform_fallbacks", "platform_down_hours", "peer_refusals",
        "tender_retries", "latency_mean_skilled_h", "latency_mean_unskilled_h", "trips_mean_skilled", "trips_mean_unskilled",
        "cohort_cases", "latency_km_median_h", "latency_rmst_h", "cost_per_case", "steady_state", "backlog_slope_per_day",
        "mser_warmup_days", "platform_held", "leader_turnovers",
    ];

    /// <summary>The dimensions of breakdown.csv.</summary>
    public static IReadOnlyList<string> BreakdownDimensions { get; } = BreakdownDimension.All.Select(d => d.Name).ToArray();

    public static Csv Runs(IReadOnlyList<RunRow> runs, IReadOnlyList<string>? parameterKeys = null)
    {
        // mode and seed already have identity columns; a swept or --set mode must not appear twice.
        parameterKeys = (parameterKeys ?? runs.SelectMany(r => r.Parameters.Select(p => p.Key)).Distinct().ToList())
            .Where(k => k is not ("mode" or "seed")).ToList();
        var csv = new Csv(new[] { "run_id", "scenario", "mode", "seed", "replication" }.Concat(parameterKeys).Concat(OutcomeColumns));
        foreach (var run in runs)
        {
            var s = run.Summary;
            var c = s.Cases;
            var spec = run.World.Spec;
            var parameters = parameterKeys.Select(k => run.Parameters.LastOrDefault(p => p.Key == k).Value ?? "");
            csv.Add(new[] { run.RunId, spec.Name, Scenarios.YamlBinder.KeyOf(spec.Mode), Csv.Number(spec.Seed), Csv.Number(run.Replication) }
                .Concat(parameters)
                .Concat([
                    Csv.Number(c.Submitted), Csv.Number(c.Completed), Csv.Number(c.Abandoned),
                    Csv.Number(c.CompletionRate), Csv.Number(c.OnTimeRate),
                    Csv.Number(c.LatencyMeanH), Csv.Number(c.LatencyP50H), Csv.Number(c.LatencyP90H), Csv.Number(c.LatencyP95H),
                    Csv.Number(c.TripsMean), Csv.Number(c.ProofsByCitizenMean),
                    Csv.Number(s.MessagesTotal), Csv.Number(s.EscalationsTotal), Csv.Number(s.LeaderInterventions),
                    Csv.Number(s.ReworkTotal), Csv.Number(s.CostTotal), Csv.Number(c.SatisfactionMean),
                    Csv.Number(s.EventsProcessed), Csv.Number(Math.Round(run.WallSeconds, 3)), Csv.Number(c.Open),
                    Csv.Number(s.PlatformFallbacks), Csv.Number(s.PlatformDownHours), Csv.Number(s.PeerRefusals), Csv.Number(s.TenderRetries),
                    Csv.Number(s.Skilled.LatencyMeanH), Csv.Number(s.Unskilled.LatencyMeanH), Csv.Number(s.Skilled.TripsMean), Csv.Number(s.Unskilled.TripsMean),
                    Csv.Number(c.CohortCases), Csv.Number(c.LatencyKmMedianH), Csv.Number(c.LatencyRmstH), Csv.Number(s.CostPerCase),
                    Csv.Bool(s.SteadyState), Csv.Number(s.BacklogSlopePerDay), Csv.Number(s.MserWarmupDays),
                    Csv.Number(run.Totals.Count("platform_held")), Csv.Number(run.Totals.Count("leader_turnovers")),
                ]));
        }

        return csv;
    }

    public static readonly string[] CaseColumns =
    [
        "run_id", "case_id", "citizen_id", "service", "region", "digital_group", "submitted_h", "finished_h", "outcome",
        "latency_h", "working_latency_h", "deadline_h", "on_time", "trips", "proofs_by_citizen", "messages",
        "escalations", "leader_interventions", "rework", "cost", "satisfaction", "in_warmup", "scope", "channel",
        "steps_administrative", "steps_market", "steps_network", "steps_platform", "fallback",
    ];

    /// <summary>A case's row of cases.csv.</summary>
    public static string[] CaseRow(string runId, Model.Scenario.World world, CaseRecord c)
    {
        var done = c.Outcome == CaseOutcome.Completed;
        return
        [
            runId, c.Case.ToString(), Csv.Number(c.Case.Citizen), world.Services[c.Service].Name, world.Regions[c.Region],
            world.Citizens[c.Case.Citizen].DigitallySkilled ? "skilled" : "unskilled",
            Csv.Number(SimTime.ToHours(c.SubmittedAt)),
            done ? Csv.Number(SimTime.ToHours(c.FinishedAt)) : "",
            c.Outcome.ToString().ToLowerInvariant(),
            done ? Csv.Number(SimTime.ToHours(c.FinishedAt - c.SubmittedAt)) : "",
            done ? Csv.Number(SimTime.ToHours(world.Calendar.WorkingMinutesBetween(c.SubmittedAt, c.FinishedAt))) : "",
            Csv.Number(SimTime.ToHours(c.Deadline)),
            Csv.Bool(done && c.FinishedAt <= c.Deadline),
            Csv.Number(c.Trips), Csv.Number(c.ProofsByCitizen), Csv.Number(c.Messages),
            Csv.Number(c.Escalations), Csv.Number(c.Interventions), Csv.Number(c.Rework), Csv.Number(c.Cost),
            done ? Csv.Number(c.Satisfaction) : "",
            Csv.Bool(c.SubmittedAt < world.Warmup), world.Services[c.Service].CrossRegion ? "cross_region" : "local",
            c.Channel.ToString().ToLowerInvariant(),
            Csv.Number(c.ByAdministrative), Csv.Number(c.ByMarket), Csv.Number(c.ByNetwork), Csv.Number(c.ByPlatform),
            Csv.Bool(c.Fallback),
        ];
    }

    /// <summary>Outcomes per group of cases (after the warm-up): by service, digital group, scope, channel and region.</summary>
    public static Csv Breakdown(IReadOnlyList<RunRow> runs, string? path = null)
    {
        var csv = Csv.Create(path, [
            "run_id", "dimension", "group", "cases_submitted", "cases_completed", "cases_abandoned", "completion_rate",
            "on_time_rate", "latency_mean_h", "latency_p50_h", "latency_p90_h", "trips_mean", "satisfaction_mean",
            "cohort_cases", "latency_km_median_h", "latency_rmst_h", "cost_mean",
        ]);
        foreach (var run in runs)
            foreach (var (dimension, group, s) in run.Breakdown)
                csv.Add([
                    run.RunId, dimension, group, Csv.Number(s.Submitted), Csv.Number(s.Completed), Csv.Number(s.Abandoned),
                    Csv.Number(s.CompletionRate), Csv.Number(s.OnTimeRate), Csv.Number(s.LatencyMeanH), Csv.Number(s.LatencyP50H),
                    Csv.Number(s.LatencyP90H), Csv.Number(s.TripsMean), Csv.Number(s.SatisfactionMean),
                    Csv.Number(s.CohortCases), Csv.Number(s.LatencyKmMedianH), Csv.Number(s.LatencyRmstH),
                    Csv.Number(s.Submitted == 0 ? null : s.CostTotal / s.Submitted),
                ]);
        return csv;
    }

    public static readonly string[] TimeseriesColumns =
    [
        "run_id", "day", "department", "region", "function", "staff", "queue_at_midnight", "queue_mean",
        "busy_staff_mean", "utilisation", "arrivals", "completions",
    ];

    /// <summary>A department's day in timeseries.csv.</summary>
    public static string[] TimeseriesRow(string runId, Model.Scenario.World world, DepartmentDay d)
    {
        var dept = world.Departments[d.Department];
        return
        [
            runId, Csv.Number(d.Day), dept.Name, world.Regions[dept.Region], world.Functions[dept.Function],
            Csv.Number(dept.Staff), Csv.Number(d.QueueAtMidnight), Csv.Number(d.QueueMean), Csv.Number(d.BusyStaffMean),
            Csv.Number(d.BusyStaffMean / dept.Staff), Csv.Number(d.Arrivals), Csv.Number(d.Completions),
        ];
    }

    /// <summary>Daily readings of agents' state (leaders' backlog, trust, maturity, the platform's queues), in long form.</summary>
    public static readonly string[] IndicatorColumns = ["run_id", "day", "agent", "metric", "value"];

    public static string[] IndicatorRow(string runId, Model.Scenario.World world, Indicator i) =>
        [runId, Csv.Number(i.Day), AgentName(world, i.Agent), i.Metric, Csv.Number(i.Value)];

    private static string AgentName(Model.Scenario.World world, AgentId id) => id.Kind switch
    {
        AgentKind.Department => world.Departments[id.Index].Name,
        AgentKind.Leader => id.Index < world.Regions.Count ? $"{world.Regions[id.Index]}/leader" : "top/leader",
        AgentKind.Platform => "platform",
        AgentKind.Agency => world.Agencies[id.Index].Name,
        _ => id.ToString(),
    };

    public static Csv Citizens(IReadOnlyList<RunRow> runs, string? path = null)
    {
        var csv = Csv.Create(path, ["run_id", "citizen_id", "name", "age", "region", "digital_literacy", "digital_group"]);
        foreach (var run in runs)
            foreach (var c in run.World.Citizens)
                csv.Add([
                    run.RunId, Csv.Number(c.Index), c.Name, Csv.Number(c.Age), run.World.Regions[c.Region],
                    Csv.Number(c.DigitalLiteracy), c.DigitallySkilled ? "skilled" : "unskilled",
                ]);
        return csv;
    }
}
