using GovSim.Experiments.Results;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Reference;

namespace GovSim.Experiments.Tests;

/// <summary>
/// Run statistics computed online, as rows stream past, with a bounded store per case. Not run beside other tests: the
/// memory test measures the process's heap, which tests running at the same time would grow.
/// </summary>
[Collection(MemoryMeasurement.Name)]
public class StreamedResultsTests
{
    private static CaseRecord Case(int citizen, long submitted, long finished, CaseOutcome outcome) =>
        new(new CaseId(citizen, 0), 0, 0, submitted, finished, long.MaxValue, outcome, Channel.Counter, 1, 0, 3, 0, 0, 0, 10, 1, 0, 0, 0, 0, false);

    private static Model.Scenario.World World(params string[] sets) =>
        Model.Scenario.World.Compile(Scenarios.ScenarioLoader.Load(Running.ProjectPaths.DefaultScenario, sets).Spec);

    [Fact]
    public void A_measured_case_keeps_at_most_16_bytes_once_its_row_is_written()
    {
        var world = World("population.citizens=1000");
        var ledger = new CaseLedger(world, ObservationWindow.Of(world));
        var random = new Random(7);
        var cases = Enumerable.Range(0, 1000).Select(i => Case(i, world.Warmup + 1, world.Warmup + 1 + random.Next(1, 5000), CaseOutcome.Completed)).ToArray();
        const int n = 300_000;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < n; i++) ledger.Add(cases[i % cases.Length]);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(ledger);
        var perCase = (after - before) / (double)n;
        Assert.True(perCase <= 16, $"{perCase:F1} bytes per case");
        Assert.True(perCase >= 5, $"{perCase:F1} bytes per case: the slots are not being kept"); // the test measures what it claims
    }

    [Fact]
    public void Statistics_gathered_online_equal_those_of_the_records_held_in_memory()
    {
        var world = World("population.citizens=2000", "duration_days=30", "warmup_days=5", "observation.cohort_margin_days=5");
        var records = new ReferenceHost().Run(world);
        var ledger = new RunLedger(world);
        foreach (var chunk in records.Cases.Chunk(37)) ledger.Write(new ResultBatch(chunk, [], []));
        var window = ObservationWindow.Of(world);
        var measured = records.Cases.Where(c => c.SubmittedAt >= window.Warmup).ToArray();
        Assert.Equal(CaseStats.Of(measured, window), ledger.Cases.All);
        foreach (var (dimension, group, stats) in ledger.Cases.Breakdown.Where(b => b.Dimension == "service"))
            Assert.Equal(CaseStats.Of(measured.Where(c => world.Services[c.Service].Name == group).ToArray(), window), stats);
        Assert.Equal(records.Cases.Length, ledger.CaseRecords);
    }

    [Fact]
    public void Percentiles_from_the_sorted_store_match_mathnet_on_the_same_latencies()
    {
        var window = new ObservationWindow(0, 1_000_000, 500_000, 240);
        var random = new Random(3);
        var cases = Enumerable.Range(0, 501).Select(i => Case(i, 10, 10 + random.Next(1, 100_000), i % 7 == 0 ? CaseOutcome.Abandoned : CaseOutcome.Completed)).ToArray();
        var stats = CaseStats.Of(cases, window);
        var latencies = cases.Where(c => c.Outcome == CaseOutcome.Completed).Select(c => SimTime.ToHours(c.FinishedAt - c.SubmittedAt)).OrderBy(x => x).ToArray();
        double Q(double tau) => MathNet.Numerics.Statistics.SortedArrayStatistics.QuantileCustom(latencies, tau, MathNet.Numerics.Statistics.QuantileDefinition.R7);
        Assert.Equal((Q(0.5), Q(0.9), Q(0.95)), (stats.LatencyP50H!.Value, stats.LatencyP90H!.Value, stats.LatencyP95H!.Value));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "memory measurement";
}
