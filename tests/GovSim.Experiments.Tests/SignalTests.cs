using System.Diagnostics;

namespace GovSim.Experiments.Tests;

/// <summary>Ctrl-C and SIGTERM stop runs and sweeps cleanly: the shell's exit code, one sentence, nothing half-written.</summary>
public class SignalTests
{
    private static void AssertNothingLeft(TempDir dir, string outDir)
    {
        Assert.False(Directory.Exists(outDir), "no results folder");
        Assert.Empty(Directory.GetDirectories(dir.Path, ".tmp-*"));
        Assert.Empty(Directory.GetFiles(dir.Path, ".*.lock"));
    }

    [Theory]
    [InlineData(ChildProcess.SigInt, 130, "Ctrl-C")]
    [InlineData(ChildProcess.SigTerm, 143, "SIGTERM")]
    public async Task A_run_on_the_orleans_engine_stops_on_a_signal_and_leaves_nothing(int signal, int exitCode, string named)
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        using var child = ChildProcess.Govsim("run", "--set", "duration_days=3000", "--set", "warmup_days=0", "--out", outDir);
        Assert.True(await child.WaitForOutput("day 0/3000", TimeSpan.FromSeconds(60)), $"the run did not start: {child.Out} {child.Err}");
        await Task.Delay(1500); // simulated work under way
        var clock = Stopwatch.StartNew();
        child.Signal(signal);
        var code = await child.WaitForExit(TimeSpan.FromSeconds(20));
        Assert.True(code is not null, "the run kept going after the signal");
        Assert.Equal(exitCode, code);
        var err = child.Err.Trim();
        Assert.Single(err.Split('\n'));
        Assert.Contains($"stopped by {named}", err);
        Assert.Contains("nothing was written", err);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:F1} s to stop");
        AssertNothingLeft(dir, outDir);
    }

    [Fact]
    public async Task A_sweep_stopped_by_ctrl_c_resumes_to_the_same_bytes()
    {
        using var dir = new TempDir();
        var file = dir.File("sweep.yaml",
            $"name: stop\nscenario: {Running.ProjectPaths.DefaultScenario}\nset: [population.citizens=300, duration_days=6, warmup_days=0]\nreplications: 3\n" +
            "write_cases: true\naxes:\n  - {key: mode, values: [administrative, cyborg]}\n");
        var whole = dir.Sub("whole");
        Assert.Equal(0, (await Cli.Run("sweep", file, "--out", whole, "--parallel", "1")).ExitCode);

        var stopped = dir.Sub("stopped");
        using (var child = ChildProcess.Govsim("sweep", file, "--out", stopped, "--parallel", "1"))
        {
            var parts = Path.Combine(stopped, "parts");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && (!Directory.Exists(parts) || Directory.GetFiles(parts, "run.csv", SearchOption.AllDirectories).Length < 2))
                await Task.Delay(20);
            child.Signal(ChildProcess.SigInt);
            Assert.Equal(130, await child.WaitForExit(TimeSpan.FromSeconds(20)));
            Assert.Contains("--resume", child.Err);
            Assert.Contains("runs are complete", child.Err);
        }

        Assert.Empty(Directory.GetFiles(dir.Path, ".*.lock"));
        Assert.Equal(0, (await Cli.Run("sweep", file, "--out", stopped, "--resume")).ExitCode);
        foreach (var table in new[] { "runs.csv", "cases.csv", "breakdown.csv", "timeseries.csv", "indicators.csv" })
        {
            string Strip(string path)
            {
                var lines = File.ReadAllLines(path);
                var wall = Array.IndexOf(lines[0].Split(','), "wall_seconds");
                return string.Join('\n', lines.Select(l => wall < 0 ? l : string.Join(',', l.Split(',').Where((_, i) => i != wall))));
            }

            Assert.Equal(Strip(Path.Combine(whole, table)), Strip(Path.Combine(stopped, table)));
        }
    }
}
