using GovSim.Experiments.Scenarios;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Experiments.Running;

/// <summary>Runs one scenario to its records. Engines differ in where agents run, never in what they compute.</summary>
public interface IRunEngine : IAsyncDisposable
{
    /// <summary>"reference", or "orleans (N silos)".</summary>
    string Name { get; }

    /// <param name="world">The scenario already compiled, if the caller has it: engines in this process reuse it
    /// instead of generating the population again.</param>
    Task<RunRecords> RunAsync(LoadedScenario scenario, string runKey, Action<SimProgress>? progress, CancellationToken cancel,
        Model.Scenario.World? world = null);
}
