using GovSim.Experiments.Scenarios;

namespace GovSim.Experiments.Sweeps;

/// <summary>One run of a sweep: a point (its parameter assignments, in axis order), a replication and its seed.</summary>
public sealed record SweepRun(string RunId, IReadOnlyList<KeyValuePair<string, string>> Point, int Replication, long Seed, LoadedScenario Scenario)
{
    /// <summary>The parameter columns of this run, in the plan's column order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters(SweepPlan plan) => Scenario.Overrides;
}
