using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Results;

/// <summary>Everything one runs.csv row and the small tables of that run need; its large tables were written as it ran.</summary>
public sealed record RunRow(
    string RunId,
    int Replication,
    World World,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    RunSummary Summary,
    IReadOnlyList<(string Dimension, string Group, CaseStats Stats)> Breakdown,
    RunTotals Totals,
    double WallSeconds)
{
    public static RunRow Of(string runId, int replication, World world, IReadOnlyList<KeyValuePair<string, string>> parameters,
        RunLedger ledger, RunTotals totals, double wallSeconds) =>
        new(runId, replication, world, parameters, RunSummary.Of(ledger, totals, world), ledger.Cases.Breakdown, totals, wallSeconds);
}
