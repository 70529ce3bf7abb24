using System.CommandLine;
using GovSim.Experiments.Cluster;

namespace GovSim.Cli;

/// <summary>`govsim silo --cluster redis://…`: one silo of a cluster of machines, until Ctrl-C or SIGTERM.</summary>
public static class SiloCommand
{
    public static Command Create(TextWriter stdout)
    {
        var cluster = new Option<string>("--cluster") { Description = "redis://HOST:PORT (or redis://:PASSWORD@HOST:PORT) where the cluster keeps its membership.", Required = true };
        var siloPort = new Option<int>("--silo-port") { Description = "Port silos talk to each other on (default 11111).", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port clients (govsim sweep --cluster) connect to (default 30000).", DefaultValueFactory = _ => 30000 };
        var advertise = new Option<string?>("--advertise") { Description = "IP address other machines reach this silo at (default: 127.0.0.1, this machine only)." };
        var dashboard = new Option<int?>("--dashboard") { Description = "Serve the Orleans Dashboard on this port, at /dashboard (off by default: it adds a filter to every grain call)." };
        var command = new Command("silo", "Run a silo that joins a cluster of machines whose membership is kept in Redis; sweeps run on it with `govsim sweep --cluster`.")
        {
            cluster, siloPort, gatewayPort, advertise, dashboard,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var redis = RedisAddress.Parse(parse.GetValue(cluster)!);
            var host = await ClusterSilo.StartAsync(redis, parse.GetValue(siloPort), parse.GetValue(gatewayPort), parse.GetValue(advertise), cancel,
                parse.GetValue(dashboard));
            stdout.WriteLine($"Silo joined the cluster at {redis} (silo port {parse.GetValue(siloPort)}, gateway port {parse.GetValue(gatewayPort)}); Ctrl-C or SIGTERM leaves it.");
            if (parse.GetValue(dashboard) is { } port)
                stdout.WriteLine($"Orleans Dashboard: http://{parse.GetValue(advertise) ?? "127.0.0.1"}:{port}/dashboard");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                stdout.WriteLine("Leaving the cluster: runs in progress here go back to the client, which runs them elsewhere.");
            }

            // A graceful leave: the silo tells the cluster it is going, so its runs move on without waiting for probes.
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await host.StopAsync(grace.Token);
            host.Dispose();
            return GovSimCommand.Ok;
        });
        return command;
    }
}
