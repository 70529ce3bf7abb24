using GovSim.Experiments.Running;
using GovSim.Model.Metrics;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// Where a sweep's runs execute: an embedded silo, several at a time, or the silos of a cluster. Workers only place
/// runs and say where each ran; what a run computes and writes is the sweep's, the same everywhere.
/// </summary>
public interface ISweepWorkers : IAsyncDisposable
{
    /// <summary>
    /// Runs every run once to completion: <paramref name="runOne"/> runs one on an engine under a run key and writes
    /// its part; a run whose silo failed is run again elsewhere from the start (nothing of it was written).
    /// </summary>
    Task RunAllAsync(IReadOnlyList<SweepRun> runs, Func<IRunEngine, string, SweepRun, CancellationToken, Task<RunTotals>> runOne,
        Action<SweepRun, RunTotals, string> done, CancellationToken cancel);
}

/// <summary>The embedded silo: `parallel` runs at a time.</summary>
public sealed class EmbeddedWorkers(OrleansEngine engine, int parallel) : ISweepWorkers
{
    public async Task RunAllAsync(IReadOnlyList<SweepRun> runs, Func<IRunEngine, string, SweepRun, CancellationToken, Task<RunTotals>> runOne,
        Action<SweepRun, RunTotals, string> done, CancellationToken cancel)
    {
        using var slots = new SemaphoreSlim(parallel);
        await Task.WhenAll(runs.Select(async run =>
        {
            await slots.WaitAsync(cancel);
            try
            {
                var totals = await runOne(engine, $"{run.RunId}@{Environment.ProcessId}", run, cancel);
                done(run, totals, "embedded");
            }
            finally
            {
                slots.Release();
            }
        }));
    }

    public ValueTask DisposeAsync() => engine.DisposeAsync();
}
