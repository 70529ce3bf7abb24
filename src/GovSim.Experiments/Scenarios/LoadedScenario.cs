using GovSim.Model.Scenario;

namespace GovSim.Experiments.Scenarios;

/// <summary>A validated scenario and where it came from (for manifest.json and the parameter columns of runs.csv).</summary>
public sealed record LoadedScenario(
    ScenarioSpec Spec,
    string SourcePath,
    string SourceSha256,
    IReadOnlyList<KeyValuePair<string, string>> Overrides);
