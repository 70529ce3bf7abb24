using GovSim.Grains;
using GovSim.Experiments.Scenarios;
using GovSim.Grains.Interfaces;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Running;

/// <summary>
/// Runs on an Orleans cluster: a run coordinator grain advances the run a slice of simulated time per call (so
/// progress can be shown, no call runs long, and the records that became final go to the sink as the run goes). The
/// cluster is embedded in this process (its silos share the compiled world) or reached as a client.
/// </summary>
public sealed class OrleansEngine(IGrainFactory grains, WorldCache? worlds, Partitioning partitioning, string where, Func<ValueTask>? stop = null)
    : IRunEngine
{
    public OrleansEngine(EmbeddedCluster cluster, Partitioning partitioning, bool ownsCluster = true)
        : this(cluster.GrainFactory, cluster.Worlds, partitioning, $"{cluster.Silos} silo{(cluster.Silos == 1 ? "" : "s")}",
            ownsCluster ? cluster.DisposeAsync : null)
    {
    }

    /// <summary>
    /// The partitioning used when none is given: one partition per silo. On the 2-core reference machine one event
    /// loop beat every split — each round is a barrier, every 30 simulated minutes at most, and costs more than a
    /// second core gains at these event densities (README "Performance").
    /// </summary>
    public Partitioning Partitioning => partitioning;

    public string Name => $"orleans ({where}, partitions: {partitioning})";

    public static async Task<OrleansEngine> StartAsync(int silos, CancellationToken cancel = default, Partitioning? partitioning = null) =>
        new(await EmbeddedCluster.StartAsync(silos, cancel), partitioning ?? Partitioning.Fixed(silos));

    public async Task<RunTotals> RunAsync(LoadedScenario scenario, string runKey, IResultSink sink, Action<SimProgress>? progress,
        CancellationToken cancel, World? world = null)
    {
        var spec = new RunSpec(runKey, ScenarioJson.Serialize(scenario.Spec), partitioning);
        // The silos are in this process: hand them the compiled world rather than have them generate it again.
        if (world is not null) worlds?.Put(runKey, world);
        var coordinator = grains.GetGrain<IRunCoordinatorGrain>(runKey);
        // Await outside progress?.Invoke(...): a null-conditional call would skip evaluating its argument.
        Take(await coordinator.Start(spec));
        var end = SimTime.Days(scenario.Spec.DurationDays);
        var slice = World.ProgressSliceOf(end); // a call per slice: progress and prompt cancellation
        for (var at = slice; ; at += slice)
        {
            cancel.ThrowIfCancellationRequested();
            var until = Math.Min(at, end);
            Take(await coordinator.Advance(until));
            if (until >= end) break;
        }

        var last = await coordinator.Finish();
        if (!last.Records.IsEmpty) sink.Write(last.Records);
        return last.Totals;

        void Take(RunSlice reached)
        {
            if (!reached.Records.IsEmpty) sink.Write(reached.Records);
            progress?.Invoke(reached.Progress);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (stop is not null) await stop();
    }
}
