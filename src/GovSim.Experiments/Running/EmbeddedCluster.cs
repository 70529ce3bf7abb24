using System.Net;
using System.Net.Sockets;
using GovSim.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace GovSim.Experiments.Running;

/// <summary>
/// An Orleans cluster of one or more silos inside this process, joined by localhost (development) clustering on
/// free loopback ports. Grains are called through the first silo's grain factory, as a co-hosted client would.
/// </summary>
public sealed class EmbeddedCluster : IAsyncDisposable
{
    private static int _clusters;
    private readonly List<IHost> _silos;

    private EmbeddedCluster(List<IHost> silos, WorldCache worlds)
    {
        _silos = silos;
        Worlds = worlds;
    }

    /// <summary>The compiled worlds of runs, one cache shared by every silo of this process (and its client).</summary>
    public WorldCache Worlds { get; }

    public int Silos => _silos.Count;

    public IGrainFactory GrainFactory => _silos[0].Services.GetRequiredService<IGrainFactory>();

    public static async Task<EmbeddedCluster> StartAsync(int silos, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        var clusterId = $"govsim-{Environment.ProcessId}-{Interlocked.Increment(ref _clusters)}";
        var primary = new IPEndPoint(IPAddress.Loopback, FreePort());
        var hosts = new List<IHost>();
        var worlds = new WorldCache();
        try
        {
            for (var i = 0; i < silos; i++)
            {
                var siloPort = i == 0 ? primary.Port : FreePort();
                var host = new HostBuilder()
                    .UseOrleans(silo =>
                    {
                        silo.UseLocalhostClustering(siloPort, FreePort(), primary, serviceId: "govsim", clusterId: clusterId);
                        SiloDefaults.Apply(silo, worlds);
                    })
                    .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
                    .Build();
                hosts.Add(host);
                await host.StartAsync(cancel);
            }
        }
        catch
        {
            await StopAll(hosts);
            throw;
        }

        return new EmbeddedCluster(hosts, worlds);
    }

    public async ValueTask DisposeAsync() => await StopAll(_silos);

    private static async Task StopAll(List<IHost> hosts)
    {
        for (var i = hosts.Count - 1; i >= 0; i--)
        {
            try
            {
                await hosts[i].StopAsync(TimeSpan.FromSeconds(10));
            }
            finally
            {
                hosts[i].Dispose();
            }
        }

        hosts.Clear();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
