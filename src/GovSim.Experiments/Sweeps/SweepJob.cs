using System.Globalization;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovSim.Experiments.Results;
using GovSim.Experiments.Running;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Sweeps;

/// <summary>`govsim sweep`: every point × replication of a sweep on one embedded silo, several runs at once.</summary>
public static class SweepJob
{
    public sealed record Outcome(string Folder, int Total, int Ran, int AlreadyDone, double WallSeconds, long Events);

    /// <param name="say">Receives the plan (points × replications = runs) before anything runs.</param>
    public static async Task<Outcome> ExecuteAsync(SweepOptions options, IReadOnlyList<string> args,
        Action<SweepProgress>? progress = null, CancellationToken cancel = default, Action<string>? say = null)
    {
        if (options.Parallel is < 1 or > 64) throw new InputException($"--parallel {options.Parallel}: expected a number of runs at once from 1 to 64.");
        var plan = SweepPlan.Load(options.File);
        // A cluster that cannot be reached is bad input, said before any folder is made.
        if (options.Cluster is { } cluster) await Cluster.RedisAddress.Parse(cluster).CheckReachableAsync();
        if (plan.Runs.Count > 0)
            MemoryEstimate.Check(plan.Runs.MaxBy(r => r.Scenario.Spec.Population.Citizens)!.Scenario.Spec, EngineKind.Orleans, options.File,
                Math.Min(options.Parallel, plan.Runs.Count));
        var option = options.OutDir is null ? $"results folder {ProjectPaths.Relative(Path.Combine(ProjectPaths.ResultsDir, plan.Spec.Name))}" : $"--out {options.OutDir}";
        var folder = new SweepFolder(OutputPath.Prepare(options.OutDir ?? Path.Combine(ProjectPaths.ResultsDir, plan.Spec.Name), option));
        using var folderLock = FolderLock.Take(folder.Path, option);
        folder.Claim(plan, options.Resume, option);
        Directory.CreateDirectory(folder.Parts);

        var replicator = new AutoReplicator(plan, folder);
        var needed = replicator.Needed();
        var ids = needed.Select(r => r.RunId).ToList();
        var done = needed.Count(r => folder.IsComplete(r.RunId));
        var started = DateTimeOffset.UtcNow;
        say?.Invoke(plan.Spec.AutoReplicated
            ? FormattableString.Invariant($"Plan: {plan.Runs.Count / plan.Spec.ReplicationCount:N0} points × {plan.Spec.AutoReplications.Min:N0} to {plan.Spec.AutoReplications.Max:N0} replications (until the 95 % CI of {plan.Spec.AutoReplications.Outcome} is within {plan.Spec.AutoReplications.RelativeHalfWidth:P0} of its mean), {options.Parallel} at a time, into {ProjectPaths.Relative(folder.Path)}.")
            : FormattableString.Invariant($"Plan: {plan.Runs.Count / plan.Spec.ReplicationCount:N0} points × {plan.Spec.ReplicationCount:N0} replications = {plan.Runs.Count:N0} runs ({done:N0} already done), {options.Parallel} at a time, into {ProjectPaths.Relative(folder.Path)}."));
        folder.Merge("runs.csv", ids); // after a kill, runs.csv is rebuilt from the complete parts: no duplicate, no loss
        WriteManifest(folder, plan, needed, args, started, null);

        var clock = Stopwatch.StartNew();
        long events = 0;
        var finished = 0;
        var appendLock = new Lock();
        progress?.Invoke(new SweepProgress(done, needed.Count, 0, TimeSpan.Zero));
        var perSilo = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using (var workers = await StartWorkers(options, cancel, say))
        {
            // Rounds: every run the plan needs; under auto replications, more rounds while some point is not precise enough.
            for (var pending = needed.Where(r => !folder.IsComplete(r.RunId)).ToList(); pending.Count > 0;
                 needed = replicator.Needed(), ids = needed.Select(r => r.RunId).ToList(), pending = needed.Where(r => !folder.IsComplete(r.RunId)).ToList())
            {
                try
                {
                    await workers.RunAllAsync(pending, (engine, key, run, ct) => RunOne(engine, plan, folder, run, key, ct), (run, totals, where) =>
                    {
                        lock (appendLock)
                        {
                            AppendRow(folder.File("runs.csv"), File.ReadAllText(folder.PartOf(run.RunId, "runs.csv")));
                            events += totals.EventsProcessed;
                            finished++;
                            if (options.Cluster is not null) perSilo[where] = perSilo.GetValueOrDefault(where) + 1;
                            progress?.Invoke(new SweepProgress(done + finished, needed.Count, events, clock.Elapsed, perSilo));
                        }
                    }, cancel);
                }
                catch (OperationCanceledException e) when (cancel.IsCancellationRequested)
                {
                    // Finished runs are in parts/ and stay: --resume runs only the rest.
                    folder.Merge("runs.csv", ids);
                    WriteManifest(folder, plan, needed, args, started, null);
                    var complete = ids.Count(folder.IsComplete);
                    var resume = $"govsim sweep {options.File}{(options.OutDir is null ? "" : $" --out {options.OutDir}")} --resume";
                    throw new InterruptedException($"{complete} of {needed.Count} runs are complete in {ProjectPaths.Relative(folder.Path)}; continue with `{resume}`.", e);
                }
            }
        }

        foreach (var table in SweepFolder.Tables) folder.Merge(table, ids);
        WriteManifest(folder, plan, needed, args, started, DateTimeOffset.UtcNow);
        SweepReport.Build(folder.Path);
        // After the report, which reads cases.csv for its plots; the parts stay CSV, so --resume can merge them again.
        await ParquetExport.ApplyAsync(options.Format, folder.File);
        return new Outcome(folder.Path, needed.Count, finished, done, clock.Elapsed.TotalSeconds, events);
    }

    /// <summary>An embedded silo, or the silos of the cluster named by --cluster.</summary>
    private static async Task<ISweepWorkers> StartWorkers(SweepOptions options, CancellationToken cancel, Action<string>? say) => options.Cluster is { } cluster
        ? await Cluster.ClusterWorkers.StartAsync(Cluster.RedisAddress.Parse(cluster), options.Parallel, options.Partitioning, cancel, say)
        : new EmbeddedWorkers(await OrleansEngine.StartAsync(silos: 1, cancel, options.Partitioning), options.Parallel);

    /// <summary>Runs one run of the sweep and writes its part; its tables are in memory, small by design of a sweep.</summary>
    private static async Task<Model.Metrics.RunTotals> RunOne(IRunEngine engine, SweepPlan plan, SweepFolder folder, SweepRun run, string key, CancellationToken cancel)
    {
        var world = World.Compile(run.Scenario.Spec);
        var runClock = Stopwatch.StartNew();
        var tables = new Dictionary<string, Csv> { ["indicators.csv"] = new(ResultTables.IndicatorColumns) };
        if (plan.Spec.WriteCases) tables["cases.csv"] = new Csv(ResultTables.CaseColumns);
        if (plan.Spec.WriteTimeseries) tables["timeseries.csv"] = new Csv(ResultTables.TimeseriesColumns);
        var writer = new RunWriter(run.RunId, world, tables.GetValueOrDefault("cases.csv"), tables.GetValueOrDefault("timeseries.csv"), tables["indicators.csv"]);
        var totals = await engine.RunAsync(run.Scenario, $"{plan.Spec.Name}/{key}", writer, null, cancel, world);
        var row = RunRow.Of(run.RunId, run.Replication, world, run.Parameters, writer.Ledger, totals, runClock.Elapsed.TotalSeconds);
        tables["runs.csv"] = ResultTables.Runs([row], plan.ParameterKeys);
        tables["breakdown.csv"] = ResultTables.Breakdown([row]);
        folder.WritePart(run.RunId, tables);
        return totals;
    }

    /// <summary>Appends a finished run's row to runs.csv (writing the header first if the file is new).</summary>
    private static void AppendRow(string path, string csv)
    {
        var text = File.Exists(path) ? csv[(csv.IndexOf('\n') + 1)..] : csv;
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write);
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    private static void WriteManifest(SweepFolder folder, SweepPlan plan, IReadOnlyList<SweepRun> needed, IReadOnlyList<string> args, DateTimeOffset started, DateTimeOffset? finished)
    {
        var manifest = new JsonObject
        {
            ["govsim_version"] = Manifest.Version,
            ["git_commit"] = Manifest.GitCommit,
            ["sweep"] = plan.Spec.Name,
            ["sweep_file"] = ProjectPaths.Relative(plan.Path),
            ["sweep_sha256"] = plan.Sha256,
            ["scenario_file"] = ProjectPaths.Relative(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(plan.Path))!, plan.Spec.Scenario)),
            ["command"] = new JsonArray(args.Select(a => (JsonNode?)a).ToArray()),
            ["breakdown"] = new JsonArray(plan.Spec.Breakdown.Select(d => (JsonNode?)d).ToArray()),
            ["design"] = SweepDesignInfo.Of(plan).ToJson(),
            ["started_utc"] = started.UtcDateTime.ToString("O"),
            ["finished_utc"] = finished?.UtcDateTime.ToString("O"),
            ["machine"] = new JsonObject { ["cores"] = Environment.ProcessorCount, ["os"] = RuntimeInformation.OSDescription },
            ["runs"] = new JsonArray(needed.Select(r => (JsonNode?)new JsonObject
            {
                ["run_id"] = r.RunId,
                ["replication"] = r.Replication,
                ["seed"] = r.Seed,
                ["parameters"] = new JsonObject(r.Point.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
                ["status"] = folder.IsComplete(r.RunId) ? "complete" : "pending",
            }).ToArray()),
        };
        AtomicFile.Write(folder.File("manifest.json"), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
