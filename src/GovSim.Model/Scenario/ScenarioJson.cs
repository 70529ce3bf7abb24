using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovSim.Model.Scenario;

/// <summary>Canonical JSON of a validated scenario: how a run's parameters travel to every silo and into manifest.json.</summary>
public static class ScenarioJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = false,
    };

    public static string Serialize(ScenarioSpec spec) => JsonSerializer.Serialize(spec, Options);

    public static ScenarioSpec Deserialize(string json) =>
        JsonSerializer.Deserialize<ScenarioSpec>(json, Options) ?? throw new ArgumentException("Empty scenario JSON.");
}
