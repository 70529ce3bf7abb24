using GovSim.Model.Engine;

namespace GovSim.Grains.Interfaces;

/// <summary>
/// What every grain of a run needs to rebuild the run's world: a key unique in the cluster (grain keys start with it),
/// the validated scenario as canonical JSON, and how its agents are partitioned (which never changes the results).
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.run-spec")]
public sealed record RunSpec(string RunKey, string ScenarioJson, Partitioning Partitioning)
{
    public RunSpec(string runKey, string scenarioJson) : this(runKey, scenarioJson, Partitioning.ByRegion)
    {
    }
}
