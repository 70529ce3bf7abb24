using GovSim.Experiments.Scenarios;

namespace GovSim.Experiments.Sweeps;

/// <summary>One run of a sweep: a point (its parameter assignments, in axis order), a replication and its seed.</summary>
public sealed record SweepRun(string RunId, IReadOnlyList<KeyValuePair<string, string>> Point, int Replication, long Seed, LoadedScenario Scenario)
{
    /// <summary>The run's parameters: the sweep's fixed overrides, then the point's.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => Scenario.Overrides;
}
