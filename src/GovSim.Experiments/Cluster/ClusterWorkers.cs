using System.Collections.Concurrent;
using GovSim.Experiments.Running;
using GovSim.Experiments.Sweeps;
using GovSim.Grains.Placement;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace GovSim.Experiments.Cluster;

/// <summary>
/// A sweep's runs spread over the silos of a cluster, as an Orleans client: each silo gets up to `parallel` runs at a
/// time, each run pinned to its silo (<see cref="RunPlacement"/>, so nothing of a run crosses machines). The silos
/// are read from the cluster's membership every second: a silo that joins gets work; a run whose silo dies (or fails
/// a call) goes back in the queue and runs again from the start elsewhere — it had written nothing, so no row is
/// lost or doubled. Redis is checked as the sweep goes; if it is lost, the sweep stops and `--resume` completes it.
/// </summary>
public sealed class ClusterWorkers : ISweepWorkers
{
    private readonly IHost _client;
    private readonly RedisAddress _redis;
    private readonly int _parallel;
    private readonly Partitioning _partitioning;
    private readonly Action<string>? _say;

    private ClusterWorkers(IHost client, RedisAddress redis, int parallel, Partitioning partitioning, Action<string>? say)
    {
        _client = client;
        _redis = redis;
        _parallel = parallel;
        _partitioning = partitioning;
        _say = say;
    }

    private IClusterClient Client => _client.Services.GetRequiredService<IClusterClient>();

    /// <param name="say">Receives a line when a silo joins or leaves and when a run is resubmitted.</param>
    public static async Task<ClusterWorkers> StartAsync(RedisAddress redis, int parallel, Partitioning? partitioning, CancellationToken cancel,
        Action<string>? say = null) =>
        new(await ConnectAsync(redis, cancel), redis, parallel, partitioning ?? Partitioning.Fixed(1), say);

    /// <summary>A started Orleans client of the cluster; one sentence (exit code 2) if Redis or every silo is missing.</summary>
    public static async Task<IHost> ConnectAsync(RedisAddress redis, CancellationToken cancel)
    {
        await redis.CheckReachableAsync();
        var host = ClientHost(redis);
        try
        {
            await host.StartAsync(cancel);
            return host;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new InputException($"--cluster {redis}: no silo of the cluster answers ({e.Message.Split('\n')[0].TrimEnd('.')}); start `govsim silo --cluster {redis}` on the machines first.");
        }
    }

    /// <summary>Stops a client of <see cref="ConnectAsync"/>, politely if the cluster is still there.</summary>
    public static async Task LeaveAsync(IHost client)
    {
        try
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await client.StopAsync(grace.Token);
        }
        catch (Exception)
        {
            // a cluster that is gone cannot be left politely
        }

        client.Dispose();
    }

    /// <summary>An Orleans client of the cluster: calls time out in time for a dead silo's runs to move on.</summary>
    private static IHost ClientHost(RedisAddress redis) => new HostBuilder()
        .UseOrleansClient(client =>
        {
            client.UseRedisClustering(o => o.ConfigurationOptions = redis.Options());
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterSilo.ClusterId, ClusterSilo.ClusterId));
            // A call through a dead silo's gateway waits this long at most; every call of a run is a slice of simulated
            // time or a world being built, seconds at most on the machines this project targets.
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
        })
        .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Critical))
        .Build();

    public async Task RunAllAsync(IReadOnlyList<SweepRun> runs, Func<IRunEngine, string, SweepRun, CancellationToken, Task<RunTotals>> runOne,
        Action<SweepRun, RunTotals, string> done, CancellationToken cancel)
    {
        var queue = new ConcurrentQueue<SweepRun>(runs);
        var remaining = runs.Count;
        var attempts = 0;
        var loops = new Dictionary<SiloAddress, List<Task>>();
        var management = Client.GetGrain<IManagementGrain>(0);
        var live = new ConcurrentDictionary<SiloAddress, CancellationTokenSource>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        Exception? failure = null;
        var noSiloSince = DateTime.UtcNow;
        var redisFailures = 0;
        var hostFailures = 0;
        await using var redisWatch = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(_redis.Options());

        async Task Loop(SiloAddress silo, CancellationToken gone)
        {
            var engine = new OrleansEngine(Client, null, _partitioning, silo.ToString());
            while (!stop.IsCancellationRequested && !gone.IsCancellationRequested && queue.TryDequeue(out var run))
            {
                var key = RunPlacement.Pin($"{run.RunId}@{Environment.ProcessId}.{Interlocked.Increment(ref attempts)}", silo);
                try
                {
                    // A silo that leaves the membership abandons its runs at once, without waiting for its calls.
                    var totals = await runOne(engine, key, run, stop.Token).WaitAsync(gone);
                    done(run, totals, silo.ToString());
                    Interlocked.Decrement(ref remaining);
                }
                catch (Exception e) when (!stop.IsCancellationRequested)
                {
                    // The silo died or a call failed: the run goes back whole (it wrote nothing) and runs elsewhere.
                    queue.Enqueue(run);
                    _say?.Invoke($"Run {run.RunId} resubmitted: silo {silo} {(gone.IsCancellationRequested ? "left the cluster" : $"failed ({e.GetType().Name})")}.");
                    await Task.Delay(500, CancellationToken.None);
                }
            }
        }

        while (Volatile.Read(ref remaining) > 0)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                // Redis is watched over one connection; a busy machine may miss a ping, so only three misses in a row
                // (three seconds) mean it is gone.
                try
                {
                    await redisWatch.GetDatabase().PingAsync();
                    redisFailures = 0;
                }
                catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
                {
                    if (++redisFailures >= 3) throw new InputException($"Redis does not answer at {_redis}");
                }

                Dictionary<SiloAddress, SiloStatus> hosts;
                try
                {
                    hosts = await management.GetHosts(onlyActive: true);
                    hostFailures = 0;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The membership cannot be read (a silo busy, Redis going): try again, and give up after a while.
                    if (++hostFailures >= 15)
                        throw new ClusterException($"the cluster at {_redis} has not answered for 15 s ({e.GetType().Name}); finished runs are kept: resume with --resume.");
                    await Task.Delay(1000, cancel);
                    continue;
                }

                foreach (var silo in live.Keys.Where(s => !hosts.ContainsKey(s)))
                {
                    if (!live.TryRemove(silo, out var gone)) continue;
                    _say?.Invoke($"Silo {silo} left the cluster; its runs go to the others.");
                    await gone.CancelAsync();
                }

                foreach (var silo in hosts.Keys.Where(s => !loops.ContainsKey(s)))
                {
                    var gone = live[silo] = new CancellationTokenSource();
                    if (loops.Count > 0) _say?.Invoke($"Silo {silo} joined the cluster; it gets work.");
                    loops[silo] = Enumerable.Range(0, _parallel).Select(_ => Task.Run(() => Loop(silo, gone.Token))).ToList();
                }

                // Loops of live silos that ran dry while runs came back: start them again.
                foreach (var (silo, tasks) in loops)
                    if (live.TryGetValue(silo, out var gone) && !queue.IsEmpty)
                        for (var i = 0; i < tasks.Count; i++)
                            if (tasks[i].IsCompleted) tasks[i] = Task.Run(() => Loop(silo, gone.Token));
                if (!live.IsEmpty) noSiloSince = DateTime.UtcNow;
                else if (DateTime.UtcNow - noSiloSince > TimeSpan.FromSeconds(30))
                    throw new ClusterException($"no silo of the cluster at {_redis} has been alive for 30 s; start `govsim silo --cluster {_redis}` and resume with --resume.");
            }
            catch (InputException e)
            {
                failure = new ClusterException($"the cluster's Redis was lost mid-sweep ({e.Message}); finished runs are kept: resume with --resume once it is back.");
            }
            catch (ClusterException e)
            {
                failure = e;
            }

            if (failure is not null)
            {
                await stop.CancelAsync();
                await Task.WhenAll(loops.Values.SelectMany(t => t)).ContinueWith(_ => { }, CancellationToken.None);
                throw failure;
            }

            await Task.Delay(1000, cancel);
        }

        await Task.WhenAll(loops.Values.SelectMany(t => t));
    }

    public async ValueTask DisposeAsync() => await LeaveAsync(_client);
}
