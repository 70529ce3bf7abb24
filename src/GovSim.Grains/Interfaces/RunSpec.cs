namespace GovSim.Grains.Interfaces;

/// <summary>
/// What every grain of a run needs to rebuild the run's world: a key unique in the cluster (grain keys start with it)
/// and the validated scenario as canonical JSON.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.run-spec")]
public sealed record RunSpec(string RunKey, string ScenarioJson);
