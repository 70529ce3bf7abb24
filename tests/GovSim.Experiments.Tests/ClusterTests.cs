using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GovSim.Experiments.Tests;

/// <summary>
/// A real cluster on this machine: redis-server for membership, `govsim silo` processes, a `govsim sweep --cluster`
/// client — started by the test and stopped by their process ids whatever happens.
/// </summary>
[Collection(MemoryMeasurement.Name)] // alone: real processes and timing-sensitive membership probes
public class ClusterTests
{
    private const string SmallSweep =
        "name: cluster\nset: [population.citizens=300, duration_days=5, warmup_days=0]\nreplications: 10\nwrite_cases: false\naxes:\n" +
        "  - {key: mode, values: [administrative, market, cyborg]}\n";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>redis-server on a free loopback port, no persistence; killed by its id at the end.</summary>
    private sealed class Redis : IDisposable
    {
        private readonly Process _process;

        public Redis()
        {
            var path = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
                       ?? throw new InvalidOperationException("redis-server is not installed: run tools/install-test-deps.sh (it installs Debian's redis-server).");
            Port = FreePort();
            _process = Process.Start(new ProcessStartInfo(path, ["--port", $"{Port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            })!;
            _process.OutputDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (DateTime.UtcNow < deadline)
            {
                try
                {
                    using var client = new TcpClient();
                    client.Connect(IPAddress.Loopback, Port);
                    return;
                }
                catch (SocketException)
                {
                    Thread.Sleep(50);
                }
            }

            throw new InvalidOperationException($"redis-server did not start on port {Port}.");
        }

        public int Port { get; }
        public string Url => $"redis://127.0.0.1:{Port}";

        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return; // a test may stop Redis itself, mid-sweep
            _disposed = true;
            if (!_process.HasExited) _process.Kill();
            _process.Dispose();
        }
    }

    private static async Task<ChildProcess> Silo(Redis redis, params string[] more)
    {
        var silo = ChildProcess.Govsim(["silo", "--cluster", redis.Url, "--silo-port", $"{FreePort()}", "--gateway-port", $"{FreePort()}", .. more]);
        Assert.True(await silo.WaitForOutput("Silo joined the cluster", TimeSpan.FromSeconds(60)), $"the silo did not start: {silo.Err}");
        return silo;
    }

    [Fact]
    public async Task A_silo_killed_mid_sweep_loses_no_run_and_the_results_equal_the_embedded_sweep()
    {
        using var dir = new TempDir();
        var file = dir.File("sweep.yaml", $"scenario: {Running.ProjectPaths.DefaultScenario}\n{SmallSweep}");
        var embedded = dir.Sub("embedded");
        Assert.Equal(0, (await Cli.Run("sweep", file, "--out", embedded)).ExitCode);

        using var redis = new Redis();
        using var first = await Silo(redis);
        using var second = await Silo(redis);
        using var third = await Silo(redis);
        var clustered = dir.Sub("cluster");
        using var client = ChildProcess.Govsim("sweep", file, "--cluster", redis.Url, "--out", clustered, "--parallel", "1");
        await WaitForParts(clustered, 10);
        second.Signal(9); // SIGKILL, a third of the way through
        var exit = await client.WaitForExit(TimeSpan.FromSeconds(180));
        Assert.True(exit == 0, $"exit {exit}: {client.Err}");

        Assert.Equal(RunsCsv.WithoutWall(embedded), RunsCsv.WithoutWall(clustered));
        var ids = File.ReadAllLines(Path.Combine(clustered, "runs.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(30, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("by silo:", client.Out);
    }

    [Fact]
    public async Task A_silo_that_joins_mid_sweep_gets_work_and_losing_redis_stops_the_sweep_with_a_sentence()
    {
        using var dir = new TempDir();
        // Runs long enough (40 simulated days) that a silo started mid-sweep joins well before the end.
        var longer = dir.File("longer.yaml", $"scenario: {Running.ProjectPaths.DefaultScenario}\n{SmallSweep.Replace("duration_days=5", "duration_days=40")}");
        using var redis = new Redis();
        using var first = await Silo(redis);
        var joined = dir.Sub("joined");
        using (var client = ChildProcess.Govsim("sweep", longer, "--cluster", redis.Url, "--out", joined, "--parallel", "1"))
        {
            await WaitForParts(joined, 3);
            using var second = await Silo(redis);
            Assert.Equal(0, await client.WaitForExit(TimeSpan.FromSeconds(180)));
            Assert.Contains("joined the cluster; it gets work", client.Out);
            var last = client.Out.Split('\n').Last(l => l.Contains("by silo:", StringComparison.Ordinal));
            Assert.Equal(2, last.Split("by silo:")[1].Split(',').Length); // both silos ran some of the runs
        }

        var lost = dir.Sub("lost");
        using var again = ChildProcess.Govsim("sweep", longer, "--cluster", redis.Url, "--out", lost, "--parallel", "1");
        await WaitForParts(lost, 2);
        redis.Dispose(); // Redis goes away mid-sweep
        Assert.Equal(1, await again.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Contains("Redis was lost mid-sweep", again.Err);
        Assert.Contains("--resume", again.Err);
    }

    private static async Task WaitForParts(string folder, int count)
    {
        var parts = Path.Combine(folder, "parts");
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && (!Directory.Exists(parts) || Directory.GetFiles(parts, "run.csv", SearchOption.AllDirectories).Length < count))
            await Task.Delay(20);
    }

    [Fact]
    public async Task A_silo_with_the_dashboard_serves_it_on_loopback_and_leaves_gracefully_on_sigterm()
    {
        using var redis = new Redis();
        var dashboard = FreePort();
        using var silo = await Silo(redis, "--dashboard", $"{dashboard}");
        using (var http = new HttpClient())
        {
            var page = await http.GetAsync($"http://127.0.0.1:{dashboard}/dashboard/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        silo.Signal(ChildProcess.SigTerm);
        Assert.Equal(0, await silo.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Contains("Leaving the cluster", silo.Out);
    }

    [Fact]
    public async Task Redis_unreachable_at_start_is_one_sentence_and_exit_code_2()
    {
        using var dir = new TempDir();
        var file = dir.File("sweep.yaml", $"scenario: {Running.ProjectPaths.DefaultScenario}\n{SmallSweep}");
        var port = FreePort(); // nothing listens there
        var sweep = await Cli.Run("sweep", file, "--cluster", $"redis://127.0.0.1:{port}", "--out", dir.Sub("out"));
        Assert.Equal(2, sweep.ExitCode);
        Assert.Contains($"Redis does not answer at 127.0.0.1:{port}", sweep.Err);
        Assert.Single(sweep.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(dir.Sub("out")));

        using var silo = ChildProcess.Govsim("silo", "--cluster", $"redis://127.0.0.1:{port}");
        Assert.Equal(2, await silo.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Contains($"redis://127.0.0.1:{port}", silo.Err);
    }
}
