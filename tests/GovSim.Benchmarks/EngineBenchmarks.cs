using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GovSim.Experiments.Running;
using GovSim.Experiments.Scenarios;
using GovSim.Model.Metrics;

namespace GovSim.Benchmarks;

/// <summary>
/// One whole run of a scenario per invocation, on the sequential reference host and on an embedded one-silo Orleans
/// cluster (started once, outside the measurement) with each partitioning of the agents. The events/s column divides
/// the run's event count by the mean. Larger workloads (the tandem network, a million and ten million citizens) are
/// measured with `govsim run`, whose summary prints cases/s, events/s, allocated bytes and peak memory (README).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private LoadedScenario _scenario = null!;
    private ReferenceEngine _reference = null!;
    private readonly Dictionary<string, OrleansEngine> _orleans = [];
    private int _runs;

    /// <summary>The shipped default scenario, and the same over a year (longer runs amortise per-run start-up).</summary>
    [Params(30, 365)]
    public int Days { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _scenario = Scenario(Days);
        _reference = new ReferenceEngine();
        foreach (var p in new[] { "1", "2", "region", "agent" })
            _orleans[p] = await OrleansEngine.StartAsync(silos: 1, partitioning: GovSim.Model.Engine.Partitioning.Parse(p));
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        foreach (var engine in _orleans.Values) await engine.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<RunRecords> Reference() => _reference.RunToRecordsAsync(_scenario, "bench");

    [Benchmark]
    public Task<RunRecords> OrleansOnePartition() => Run("1");

    [Benchmark]
    public Task<RunRecords> OrleansTwoPartitions() => Run("2");

    [Benchmark]
    public Task<RunRecords> OrleansByRegion() => Run("region");

    [Benchmark]
    public Task<RunRecords> OrleansPerAgent() => Run("agent");

    private Task<RunRecords> Run(string partitioning) =>
        _orleans[partitioning].RunToRecordsAsync(_scenario, $"bench-{partitioning}-{++_runs}");

    public static LoadedScenario Scenario(int days) =>
        ScenarioLoader.Load(ProjectPaths.DefaultScenario, [$"duration_days={days}", "warmup_days=0"]);
}
