using System.Net;
using GovSim.Experiments.Running;
using GovSim.Grains;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace GovSim.Experiments.Cluster;

/// <summary>
/// `govsim silo`: one silo of a cluster whose membership is kept in Redis. Probes are tuned so that a dead silo is
/// declared dead within a few seconds (its runs are then resubmitted by the client). Listens on loopback unless
/// an address to advertise is given.
/// </summary>
public static class ClusterSilo
{
    public const string ClusterId = "govsim";

    /// <param name="dashboard">Port of the Orleans Dashboard, or null for none (it adds a filter to every grain call).</param>
    public static async Task<IHost> StartAsync(RedisAddress redis, int siloPort, int gatewayPort, string? advertise, CancellationToken cancel,
        int? dashboard = null)
    {
        await redis.CheckReachableAsync();
        var address = IPAddress.Loopback;
        if (advertise is not null && !IPAddress.TryParse(advertise, out address))
            throw new InputException($"--advertise {advertise}: expected the IP address other machines reach this one at.");
        void Silo(ISiloBuilder silo)
        {
            silo.UseRedisClustering(o => o.ConfigurationOptions = redis.Options());
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
            silo.ConfigureEndpoints(address!, siloPort, gatewayPort, listenOnAnyHostAddress: advertise is not null);
            Probes(silo);
            SiloDefaults.Apply(silo, new WorldCache());
            if (dashboard is not null)
            {
                silo.AddDashboard();
                silo.UseInMemoryReminderService();
            }
        }

        IHost host;
        if (dashboard is { } port)
        {
            // The dashboard is a web page of the silo's own: on the advertised address, else this machine only.
            var web = WebApplication.CreateSlimBuilder();
            web.Logging.SetMinimumLevel(LogLevel.Warning);
            web.WebHost.UseKestrel(k => k.Listen(address!, port));
            web.UseOrleans(Silo);
            var app = web.Build();
            app.MapOrleansDashboard(routePrefix: "/dashboard");
            host = app;
        }
        else
        {
            host = new HostBuilder().UseOrleans(Silo).ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)).Build();
        }

        await host.StartAsync(cancel);
        return host;
    }

    /// <summary>A dead silo is noticed within about five seconds (Orleans' defaults take ten to thirteen).</summary>
    private static void Probes(ISiloBuilder silo) => silo.Configure<ClusterMembershipOptions>(o =>
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = 2;
        o.NumVotesForDeathDeclaration = 1;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
    });
}
