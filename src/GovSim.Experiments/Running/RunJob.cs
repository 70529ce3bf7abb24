using System.Diagnostics;
using GovSim.Experiments.Results;
using GovSim.Experiments.Scenarios;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Running;

/// <summary>`govsim run`: one scenario, one seed, one results folder.</summary>
public static class RunJob
{
    public const int MaxSilos = 16;

    /// <param name="CaseRecords">Cases written to cases.csv, warm-up included.</param>
    public sealed record Outcome(string Folder, RunRow Run, string Engine, double StartupSeconds, long CaseRecords);

    /// <summary>
    /// Validates everything first (scenario, options, output folder), then runs and writes the folder atomically.
    /// Throws <see cref="InputException"/> for bad input, before anything is written.
    /// </summary>
    /// <param name="say">Receives a line for each stage of set-up, which takes long for large populations.</param>
    public static async Task<Outcome> ExecuteAsync(RunOptions options, IReadOnlyList<string> args,
        Action<SimProgress, long>? progress = null, CancellationToken cancel = default, Action<string>? say = null)
    {
        if (options.Silos is < 1 or > MaxSilos)
            throw new InputException($"--silos {options.Silos}: expected a number of silos from 1 to {MaxSilos}.");
        if (options.Cluster is { } target) await Cluster.RedisAddress.Parse(target).CheckReachableAsync(); // before any folder is made
        var scenarioPath = options.ScenarioPath ?? ProjectPaths.DefaultScenario;
        var scenario = ScenarioLoader.Load(scenarioPath, options.Sets, options.Seed);
        MemoryEstimate.Check(scenario.Spec, options.Engine, ProjectPaths.Relative(scenarioPath));
        var runId = $"{scenario.Spec.Name}-s{scenario.Spec.Seed}";
        var started = DateTimeOffset.UtcNow;
        var outDir = options.OutDir ?? Path.Combine(ProjectPaths.ResultsDir, $"run-{runId}-{started.UtcDateTime:yyyyMMdd-HHmmss}");
        using var folder = ResultsFolder.Create(outDir, options.OutDir is null ? $"results folder {ProjectPaths.Relative(outDir)}" : null);

        // The silo starts while the population is generated: neither needs the other until the run begins.
        var clock = Stopwatch.StartNew();
        if (options.Engine == EngineKind.Orleans) say?.Invoke($"Starting {options.Silos} silo{(options.Silos == 1 ? "" : "s")}...");
        var starting = options.Cluster is { } cluster
            ? StartCluster(Cluster.RedisAddress.Parse(cluster), options, cancel)
            : Engines.StartAsync(options.Engine, options.Silos, cancel, options.Partitioning);
        World world;
        try
        {
            var citizens = scenario.Spec.Population.Citizens;
            if (citizens >= 100_000) say?.Invoke($"Generating {citizens:N0} citizens...");
            world = World.Compile(scenario.Spec);
            cancel.ThrowIfCancellationRequested();
        }
        catch
        {
            // The first problem is the one to report; a silo that failed to start as well has nothing to stop.
            try
            {
                await (await starting).DisposeAsync();
            }
            catch (Exception)
            {
            }

            throw;
        }

        await using var engine = await starting;
        var startup = clock.Elapsed.TotalSeconds;
        clock.Restart();
        // The large tables are written row by row as the run goes (into the folder that is renamed at the end), the
        // statistics gathered as the rows pass: a finished case costs a 10-byte slot, not its record.
        RunRow run;
        long caseRecords;
        using (var cases = Csv.ToFile(folder.File("cases.csv"), ResultTables.CaseColumns))
        using (var timeseries = Csv.ToFile(folder.File("timeseries.csv"), ResultTables.TimeseriesColumns))
        using (var indicators = Csv.ToFile(folder.File("indicators.csv"), ResultTables.IndicatorColumns))
        {
            var writer = new RunWriter(runId, world, cases, timeseries, indicators);
            var background = new BackgroundSink(writer);
            RunTotals totals;
            try
            {
                totals = await engine.RunAsync(scenario, $"{runId}@{Environment.ProcessId}.{Interlocked.Increment(ref _runs)}", background,
                    p => progress?.Invoke(p, world.Duration), cancel, world);
            }
            finally
            {
                // The writer stops before the files close, whatever happened to the run.
                await background.CompleteAsync();
            }

            run = RunRow.Of(runId, 1, world, scenario.Overrides, writer.Ledger, totals, clock.Elapsed.TotalSeconds);
            caseRecords = writer.Ledger.CaseRecords;
        }

        IReadOnlyList<RunRow> runs = [run];
        ResultTables.Runs(runs).WriteTo(folder.File("runs.csv"));
        foreach (var (file, write) in new (string, Func<IReadOnlyList<RunRow>, string?, Csv>)[]
                 {
                     ("citizens.csv", ResultTables.Citizens), ("breakdown.csv", ResultTables.Breakdown),
                 })
        {
            cancel.ThrowIfCancellationRequested();
            using var table = write(runs, folder.File(file));
        }

        await ParquetExport.ApplyAsync(options.Format, folder.File, cancel); // --format parquet, before the folder is committed

        await File.WriteAllTextAsync(folder.File("manifest.json"),
            Manifest.Build(scenario, engine.Name, runs, args, started, DateTimeOffset.UtcNow), cancel);
        folder.Commit();
        return new Outcome(folder.FinalPath, run, engine.Name, startup, caseRecords);
    }

    private static int _runs;

    private static async Task<IRunEngine> StartCluster(Cluster.RedisAddress redis, RunOptions options, CancellationToken cancel)
    {
        if (options.Engine == EngineKind.Reference) throw new InputException("--cluster runs on the Orleans engine; leave out --engine reference.");
        return await Cluster.ClusterEngine.StartAsync(redis, options.Partitioning, cancel);
    }
}
