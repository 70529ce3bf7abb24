using GovSim.Experiments.Results;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Reference;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Tests;

/// <summary>Run statistics that account for cases the run could not finish: cohort rates, Kaplan–Meier latency, steady state.</summary>
public class OutcomeMeasureTests
{
    private static CaseRecord Case(int citizen, long submitted, long finished, CaseOutcome outcome, long deadline = long.MaxValue) =>
        new(new CaseId(citizen, 0), 0, 0, submitted, finished, deadline, outcome, Channel.Counter, 1, 0, 0, 0, 0, 0, 10, 1, 0, 0, 0, 0, false);

    private static readonly ObservationWindow Window = new(Warmup: 0, End: 100_000, CohortEnd: 50_000, RmstHorizonH: 240);

    [Fact]
    public void The_kaplan_meier_median_equals_the_plain_median_when_nothing_is_censored()
    {
        var minutes = new long[] { 600, 120, 3000, 900, 45, 2400 };
        var cases = minutes.Select((m, i) => Case(i, 1000, 1000 + m, CaseOutcome.Completed)).ToArray();
        var stats = CaseStats.Of(cases, Window);
        Assert.Equal(stats.LatencyP50H!.Value, stats.LatencyKmMedianH!.Value, 9);
        Assert.Equal(stats.LatencyMeanH!.Value, stats.LatencyRmstH!.Value, 9); // every latency is inside the horizon
    }

    [Fact]
    public void Open_and_abandoned_cases_lengthen_the_kaplan_meier_median_but_not_the_mean_over_completed_cases()
    {
        var cases = new List<CaseRecord>
        {
            Case(0, 0, 60, CaseOutcome.Completed), Case(1, 0, 120, CaseOutcome.Completed), Case(2, 0, 180, CaseOutcome.Completed),
        };
        for (var i = 3; i < 9; i++) cases.Add(Case(i, 1000, -1, CaseOutcome.Open));
        var stats = CaseStats.Of(cases, Window);
        Assert.Equal(2, stats.LatencyMeanH!.Value, 9);
        Assert.Null(stats.LatencyKmMedianH); // two thirds never finished: the median is not reached
        Assert.True(stats.LatencyRmstH > 100);
    }

    [Fact]
    public void Completion_and_on_time_rates_count_only_the_cohort_that_had_time_to_finish()
    {
        var cases = new[]
        {
            Case(0, 0, 600, CaseOutcome.Completed, deadline: 1000),
            Case(1, 0, 2000, CaseOutcome.Completed, deadline: 1000), // late
            Case(2, 0, 900, CaseOutcome.Abandoned),
            Case(3, 60_000, -1, CaseOutcome.Open), // submitted after the cohort's end: not counted in the rates
        };
        var stats = CaseStats.Of(cases, Window);
        Assert.Equal(3, stats.CohortCases);
        Assert.Equal(2 / 3.0, stats.CompletionRate!.Value, 12);
        Assert.Equal(1 / 3.0, stats.OnTimeRate!.Value, 12);
        Assert.Null(CaseStats.Of([cases[3]], Window).CompletionRate); // no cohort: no rate, not 0
    }

    [Theory]
    [InlineData(ModeKind.Administrative)]
    [InlineData(ModeKind.Market)]
    [InlineData(ModeKind.Network)]
    [InlineData(ModeKind.Cyborg)]
    [InlineData(ModeKind.Mosaic)]
    public void Cost_total_is_positive_under_every_mode(ModeKind mode)
    {
        var spec = new ScenarioSpec { Mode = mode, DurationDays = 10, Population = new() { Citizens = 300 } };
        var world = World.Compile(spec);
        var summary = RunSummary.Of(new ReferenceHost().Run(world), world);
        Assert.True(summary.CostTotal > 0, $"{mode}: cost_total {summary.CostTotal}");
        Assert.True(summary.CostPerCase > 0);
    }

    [Fact]
    public void A_run_whose_queues_still_grow_is_flagged_as_not_in_steady_state()
    {
        RunSummary Summary(double rate)
        {
            var spec = new ScenarioSpec { DurationDays = 40, Population = new() { Citizens = 300 }, Arrivals = new() { RatePerHour = rate } };
            var world = World.Compile(spec);
            return RunSummary.Of(new ReferenceHost().Run(world), world);
        }

        var overloaded = Summary(30);
        Assert.False(overloaded.SteadyState);
        Assert.True(overloaded.BacklogSlopePerDay > 0);
        Assert.True(Summary(4).SteadyState);
    }
}
