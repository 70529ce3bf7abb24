using GovSim.Experiments.Scenarios;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Reference;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Running;

/// <summary>The sequential reference host: one thread, one priority queue.</summary>
public sealed class ReferenceEngine : IRunEngine
{
    public string Name => "reference";

    public Task<RunTotals> RunAsync(LoadedScenario scenario, string runKey, IResultSink sink, Action<SimProgress>? progress,
        CancellationToken cancel, World? world = null) =>
        Task.Run(() => new ReferenceHost().Run(world ?? World.Compile(scenario.Spec), sink, progress, cancel), cancel);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
