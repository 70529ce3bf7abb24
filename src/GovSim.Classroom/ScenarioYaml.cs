using System.Text.Json;
using System.Text.Json.Nodes;
using GovSim.Model.Scenario;

namespace GovSim.Classroom;

/// <summary>
/// A scenario written out in full — every key `govsim run` reads, the interventions a class made included — so that
/// the file reproduces the run the class saw. It is the scenario's canonical JSON, indented and without unset keys:
/// JSON is YAML, so the scenario loader reads it as any scenario file, and it cannot drift from the spec's keys.
/// </summary>
public static class ScenarioYaml
{
    public static string Write(ScenarioSpec spec, string header)
    {
        var node = JsonNode.Parse(ScenarioJson.Serialize(spec))!;
        DropNulls(node);
        return string.Concat(header.Split('\n').Select(line => $"# {line}\n")) +
               node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static void DropNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList()) o.Remove(key);
                foreach (var (_, value) in o) DropNulls(value);
                break;
            case JsonArray a:
                foreach (var item in a) DropNulls(item);
                break;
        }
    }
}
