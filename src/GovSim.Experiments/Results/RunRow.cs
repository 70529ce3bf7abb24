using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Results;

/// <summary>Everything one runs.csv row and the other files of that run need.</summary>
public sealed record RunRow(
    string RunId,
    int Replication,
    World World,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    RunRecords Records,
    double WallSeconds)
{
    public RunSummary Summary { get; } = RunSummary.Of(Records, World, c => World.Citizens[c.Case.Citizen].DigitallySkilled);
}
