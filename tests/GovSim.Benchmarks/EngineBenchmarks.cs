using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GovSim.Experiments.Running;
using GovSim.Experiments.Scenarios;
using GovSim.Model.Metrics;

namespace GovSim.Benchmarks;

/// <summary>
/// One whole run of a scenario per invocation, on the sequential reference host and on an embedded one-silo Orleans
/// cluster (started once, outside the measurement). The events/s column divides the run's event count by the mean.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private LoadedScenario _scenario = null!;
    private ReferenceEngine _reference = null!;
    private OrleansEngine _orleans = null!;
    private int _runs;

    /// <summary>The shipped default scenario, and the same over a year (longer runs amortise per-run start-up).</summary>
    [Params(30, 365)]
    public int Days { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _scenario = Scenario(Days);
        _reference = new ReferenceEngine();
        _orleans = await OrleansEngine.StartAsync(silos: 1);
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _orleans.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task<RunRecords> Reference() => _reference.RunAsync(_scenario, "bench", null, CancellationToken.None);

    [Benchmark]
    public Task<RunRecords> Orleans() => _orleans.RunAsync(_scenario, $"bench-{++_runs}", null, CancellationToken.None);

    public static LoadedScenario Scenario(int days) =>
        ScenarioLoader.Load(ProjectPaths.DefaultScenario, [$"duration_days={days}", "warmup_days=0"]);
}
