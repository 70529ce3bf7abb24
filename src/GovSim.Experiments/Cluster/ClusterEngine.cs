using GovSim.Experiments.Running;
using GovSim.Experiments.Scenarios;
using GovSim.Grains.Placement;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;

namespace GovSim.Experiments.Cluster;

/// <summary>`govsim run --cluster`: one run on a silo of the cluster, all its grains on that silo, as a client.</summary>
public sealed class ClusterEngine(IHost client, RedisAddress redis, Partitioning partitioning) : IRunEngine
{
    public string Name => $"orleans (cluster at {redis}, partitions: {partitioning})";

    public static async Task<ClusterEngine> StartAsync(RedisAddress redis, Partitioning? partitioning, CancellationToken cancel) =>
        new(await ClusterWorkers.ConnectAsync(redis, cancel), redis, partitioning ?? Partitioning.Fixed(1));

    public async Task<RunTotals> RunAsync(LoadedScenario scenario, string runKey, IResultSink sink, Action<SimProgress>? progress,
        CancellationToken cancel, World? world = null)
    {
        var grains = client.Services.GetRequiredService<IClusterClient>();
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        var silos = hosts.Keys.OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        if (silos.Length == 0) throw new ClusterException($"no silo of the cluster at {redis} is alive.");
        var silo = silos[(int)((uint)runKey.GetHashCode(StringComparison.Ordinal) % (uint)silos.Length)];
        var engine = new OrleansEngine(grains, null, partitioning, silo.ToString());
        return await engine.RunAsync(scenario, RunPlacement.Pin(runKey, silo), sink, progress, cancel, world);
    }

    public async ValueTask DisposeAsync() => await ClusterWorkers.LeaveAsync(client);
}
