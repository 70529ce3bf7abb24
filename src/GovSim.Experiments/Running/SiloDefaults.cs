using GovSim.Grains;
using GovSim.Grains.Placement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace GovSim.Experiments.Running;

/// <summary>What every GovSim silo has, embedded or on a machine of a cluster.</summary>
public static class SiloDefaults
{
    public static ISiloBuilder Apply(ISiloBuilder silo, WorldCache worlds)
    {
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(10));
        // Every run brings thousands of new grain ids; a directory cache of the default million entries would grow
        // with every run of a long sweep.
        silo.Configure<GrainDirectoryOptions>(o => o.CacheSize = 20_000);
        silo.Services.AddSingleton(worlds);
        silo.Services.AddPlacementDirector<RunPlacement, RunPlacementDirector>(); // the grains ask for it
        // The command line owns Ctrl-C and SIGTERM (it cancels the run and cleans up); the host's default console
        // lifetime would swallow them and leave the process running.
        silo.Services.AddSingleton<IHostLifetime, SignalFreeLifetime>();
        return silo;
    }

    /// <summary>A host lifetime that neither listens to signals nor waits for anything: the caller stops the host.</summary>
    private sealed class SignalFreeLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
