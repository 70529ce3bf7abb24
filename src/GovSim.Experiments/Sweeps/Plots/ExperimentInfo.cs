using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GovSim.Experiments.Running;
using GovSim.Experiments.Scenarios;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// What a plot title must say about the experiment behind it — its name, how many runs, the base seed and whether
/// points share random numbers — and what its axes need to be labelled well (which keys a linked axis also sets, how
/// many functions the scenario has). Read from manifest.json; what an older manifest lacks is taken from the sweep
/// file it names, but only while that file still has the recorded SHA-256, so a title never describes a later edit.
/// </summary>
internal sealed class ExperimentInfo
{
    private readonly Dictionary<string, List<string>> _linked;
    private readonly object? _scenario;

    private ExperimentInfo(string name, int runs, long? seed, string? replications, bool? commonRandomNumbers,
        Dictionary<string, List<string>> linked, object? scenario)
    {
        Name = name;
        Runs = runs;
        Seed = seed;
        Replications = replications;
        CommonRandomNumbers = commonRandomNumbers;
        _linked = linked;
        _scenario = scenario;
    }

    public string Name { get; }
    public int Runs { get; }
    public long? Seed { get; }
    /// <summary>Replications per point as the sweep file gives them: a number, or "auto".</summary>
    public string? Replications { get; }
    public bool? CommonRandomNumbers { get; }

    public static ExperimentInfo Read(string folder, RunGroups groups)
    {
        var runs = groups.RunKeys().Count;
        var path = Path.Combine(folder, "manifest.json");
        JsonNode? manifest = null;
        try
        {
            if (File.Exists(path)) manifest = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException)
        {
            // A damaged manifest costs the title its details, not the plots.
        }

        var sweep = SweepFile(manifest);
        var design = manifest?["design"]; // newer manifests keep the design in its own object
        var name = Text(manifest, "name") ?? Text(manifest, "sweep") ?? sweep?.Name ?? Text(manifest?["scenario"], "name")
            ?? Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar));
        var linked = (sweep?.Axes ?? []).Where(a => a.Key.Length > 0 && a.AlsoSets.Count > 0)
            .ToDictionary(a => a.Key, a => a.AlsoSets, StringComparer.Ordinal);
        return new ExperimentInfo(name, runs,
            Long(design, "seed") ?? Long(manifest, "seed") ?? sweep?.Seed,
            Text(design, "replications") ?? Long(design, "replications")?.ToString(CultureInfo.InvariantCulture)
                ?? Long(manifest, "replications")?.ToString(CultureInfo.InvariantCulture) ?? Convert.ToString(sweep?.Replications, CultureInfo.InvariantCulture),
            Bool(design, "common_random_numbers") ?? Bool(manifest, "common_random_numbers") ?? sweep?.CommonRandomNumbers,
            linked, Scenario(manifest, sweep));
    }

    /// <summary>"h2-load — mean latency by arrival rate (64 runs, 4 replications, seeds from 202, common random numbers)".</summary>
    public string Title(string what)
    {
        var parts = new List<string> { Runs == 1 ? "1 run" : $"{Runs} runs" };
        if (Replications is { Length: > 0 } r) parts.Add(r == "1" ? "1 replication" : r == "auto" ? "replications added until the CI is narrow" : $"{r} replications per point");
        if (Seed is { } s) parts.Add(string.Create(CultureInfo.InvariantCulture, $"seeds from {s}"));
        if (CommonRandomNumbers is { } crn) parts.Add(crn ? "common random numbers" : "independent seeds per point");
        return $"{Name} — {what} ({string.Join(", ", parts)})";
    }

    /// <summary>The axis label of a key or outcome, aware of linked axes.</summary>
    public string Label(string key) => KeyLabels.Label(key, _linked.GetValueOrDefault(key), Count);

    /// <summary>The short name of a key or outcome for titles and legends.</summary>
    public string Short(string key) => KeyLabels.Short(key, _linked.GetValueOrDefault(key), Count);

    /// <summary>"; runs pooled over arrival rate and leader push" when other keys vary, else empty: a caption must not let a
    /// reader take a mean over several settings for the mean of one.</summary>
    public string Pooled(IEnumerable<string> keys)
    {
        var names = keys.Select(Short).ToList();
        return names.Count == 0 ? "" : "; runs pooled over " + And(names);
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string And(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private int? Count(string listKey) => SpecPaths.Count(_scenario, listKey);

    private static SweepSpec? SweepFile(JsonNode? manifest)
    {
        if (Text(manifest, "sweep_file") is not { } file || Text(manifest, "sweep_sha256") is not { } sha) return null;
        var path = Path.IsPathRooted(file) ? file : Path.Combine(ProjectPaths.Root, file);
        try
        {
            if (!File.Exists(path) || Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) != sha) return null;
            return YamlFile.Bind<SweepSpec>(path, "sweep").Spec;
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The scenario the sweep ran (its fixed overrides applied), to count its functions and services.</summary>
    private static object? Scenario(JsonNode? manifest, SweepSpec? sweep)
    {
        if (Text(manifest, "scenario_file") is not { } file) return null;
        var path = Path.IsPathRooted(file) ? file : Path.Combine(ProjectPaths.Root, file);
        try
        {
            return File.Exists(path) ? ScenarioLoader.TryLoad(path, sweep?.Set ?? []).Scenario?.Spec : null;
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? node, string key) =>
        node is JsonObject o && o[key] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    private static long? Long(JsonNode? node, string key) =>
        node is JsonObject o && o[key] is JsonValue v && v.TryGetValue<long>(out var x) ? x : null;

    private static bool? Bool(JsonNode? node, string key) =>
        node is JsonObject o && o[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;
}
