using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovSim.Experiments.Scenarios;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Results;

/// <summary>manifest.json: what produced a results folder, from what input, on what machine, and each run's status.</summary>
public static class Manifest
{
    public static string Version =>
        typeof(Manifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static string GitCommit =>
        typeof(Manifest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "GitCommit")?.Value ?? "unknown";

    public static string Build(LoadedScenario scenario, string engine, IReadOnlyList<RunRow> runs, IReadOnlyList<string> args,
        DateTimeOffset started, DateTimeOffset finished)
    {
        var manifest = new JsonObject
        {
            ["govsim_version"] = Version,
            ["git_commit"] = GitCommit,
            ["command"] = new JsonArray(args.Select(a => (JsonNode?)a).ToArray()),
            ["scenario_file"] = Running.ProjectPaths.Relative(scenario.SourcePath),
            ["scenario_sha256"] = scenario.SourceSha256,
            ["overrides"] = new JsonObject(scenario.Overrides.Select(o => KeyValuePair.Create(o.Key, (JsonNode?)o.Value))),
            ["scenario"] = JsonNode.Parse(ScenarioJson.Serialize(scenario.Spec)),
            ["engine"] = engine,
            ["started_utc"] = started.UtcDateTime.ToString("O"),
            ["finished_utc"] = finished.UtcDateTime.ToString("O"),
            ["machine"] = new JsonObject
            {
                ["cores"] = Environment.ProcessorCount,
                ["os"] = RuntimeInformation.OSDescription,
                ["runtime"] = RuntimeInformation.FrameworkDescription,
            },
            ["runs"] = new JsonArray(runs.Select(r => (JsonNode?)new JsonObject
            {
                ["run_id"] = r.RunId,
                ["seed"] = r.World.Seed,
                ["replication"] = r.Replication,
                ["status"] = "complete",
                ["wall_seconds"] = Math.Round(r.WallSeconds, 3),
            }).ToArray()),
        };
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
