using GovSim.Experiments.Scenarios;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Experiments.Running;

/// <summary>
/// Runs one scenario, handing its records to a sink as they become final. Engines differ in where agents run, never
/// in what they compute: the sink sees the same batches' rows in the same order from every engine.
/// </summary>
public interface IRunEngine : IAsyncDisposable
{
    /// <summary>"reference", or "orleans (N silos)".</summary>
    string Name { get; }

    /// <param name="world">The scenario already compiled, if the caller has it: engines in this process reuse it
    /// instead of generating the population again.</param>
    Task<RunTotals> RunAsync(LoadedScenario scenario, string runKey, IResultSink sink, Action<SimProgress>? progress, CancellationToken cancel,
        Model.Scenario.World? world = null);
}

public static class RunEngineExtensions
{
    /// <summary>Runs and keeps every record in memory (tests and small runs).</summary>
    public static async Task<RunRecords> RunToRecordsAsync(this IRunEngine engine, LoadedScenario scenario, string runKey,
        Action<SimProgress>? progress = null, CancellationToken cancel = default, Model.Scenario.World? world = null)
    {
        var collector = new DataCollector();
        var totals = await engine.RunAsync(scenario, runKey, collector, progress, cancel, world);
        return collector.Build(totals);
    }
}
