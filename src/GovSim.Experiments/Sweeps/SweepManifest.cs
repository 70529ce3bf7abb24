using System.Text.Json.Nodes;

namespace GovSim.Experiments.Sweeps;

/// <summary>How a sweep was designed, as its manifest.json records it: what the report's design section states.</summary>
public sealed record SweepDesignInfo(
    string Kind, string Replications, long Seed, bool CommonRandomNumbers, int Points, int? WarmupDays, int? DurationDays,
    IReadOnlyList<string> Factors, IReadOnlyList<(double From, double To)> Ranges, int Trajectories, int Levels, int BaseSize,
    string Base, int Bootstrap, string? AutoOutcome, double? AutoRelativeHalfWidth)
{
    public JsonObject ToJson() => new()
    {
        ["kind"] = Kind, ["replications"] = Replications, ["seed"] = Seed, ["common_random_numbers"] = CommonRandomNumbers,
        ["points"] = Points, ["warmup_days"] = WarmupDays, ["duration_days"] = DurationDays,
        ["factors"] = new JsonArray(Factors.Select((f, i) => (JsonNode?)new JsonObject { ["key"] = f, ["from"] = Ranges[i].From, ["to"] = Ranges[i].To }).ToArray()),
        ["trajectories"] = Trajectories, ["levels"] = Levels, ["base_size"] = BaseSize, ["base"] = Base, ["bootstrap"] = Bootstrap,
        ["auto_outcome"] = AutoOutcome, ["auto_relative_half_width"] = AutoRelativeHalfWidth,
    };

    public static SweepDesignInfo Of(SweepPlan plan)
    {
        var s = plan.Spec;
        var factors = SensitivityDesigns.Factors(s);
        int? Same(Func<Model.Scenario.ScenarioSpec, int> field)
        {
            var values = plan.Runs.Select(r => field(r.Scenario.Spec)).Distinct().ToList();
            return values.Count == 1 ? values[0] : null;
        }

        return new SweepDesignInfo(s.Design, s.Replications, s.Seed, s.CommonRandomNumbers,
            plan.Runs.Select(r => r.Point).Count() / Math.Max(1, s.ReplicationCount), Same(x => x.WarmupDays), Same(x => x.DurationDays),
            s.Design == "grid" ? [] : factors.Select(f => f.Key).ToList(),
            s.Design == "grid" ? [] : factors.Select(f => (f.Lhs!.From, f.Lhs.To)).ToList(),
            s.Morris.Trajectories, s.Morris.Levels, s.Sobol.BaseSize, s.Sobol.Base, s.Design == "morris" ? s.Morris.Bootstrap : s.Sobol.Bootstrap,
            s.AutoReplicated ? s.AutoReplications.Outcome : null, s.AutoReplicated ? s.AutoReplications.RelativeHalfWidth : null);
    }

    public static SweepDesignInfo? FromJson(JsonNode? node)
    {
        if (node is not JsonObject o) return null;
        var factors = o["factors"]?.AsArray() ?? [];
        return new SweepDesignInfo(
            o["kind"]?.GetValue<string>() ?? "grid", o["replications"]?.GetValue<string>() ?? "", o["seed"]?.GetValue<long>() ?? 0,
            o["common_random_numbers"]?.GetValue<bool>() ?? true, o["points"]?.GetValue<int>() ?? 0,
            o["warmup_days"]?.GetValue<int?>(), o["duration_days"]?.GetValue<int?>(),
            factors.Select(f => f!["key"]!.GetValue<string>()).ToList(),
            factors.Select(f => (f!["from"]!.GetValue<double>(), f["to"]!.GetValue<double>())).ToList(),
            o["trajectories"]?.GetValue<int>() ?? 0, o["levels"]?.GetValue<int>() ?? 0, o["base_size"]?.GetValue<int>() ?? 0,
            o["base"]?.GetValue<string>() ?? "sobol", o["bootstrap"]?.GetValue<int>() ?? 0,
            o["auto_outcome"]?.GetValue<string>(), o["auto_relative_half_width"]?.GetValue<double?>());
    }
}

/// <summary>What the report reads from a results folder's manifest.json (all optional: a folder may lack it).</summary>
public sealed record SweepManifest(string? Name, SweepDesignInfo? Design)
{
    public static SweepManifest Read(string folder)
    {
        var path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path)) return new SweepManifest(null, null);
        try
        {
            var json = JsonNode.Parse(File.ReadAllText(path));
            return new SweepManifest(json?["sweep"]?.GetValue<string>() ?? json?["scenario"]?["name"]?.GetValue<string>(), SweepDesignInfo.FromJson(json?["design"]));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return new SweepManifest(null, null); // an unreadable manifest costs the design section, not the report
        }
    }
}
