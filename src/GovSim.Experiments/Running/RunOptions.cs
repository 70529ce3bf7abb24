namespace GovSim.Experiments.Running;

/// <summary>The options of `govsim run`.</summary>
public sealed record RunOptions(
    string? ScenarioPath = null,
    long? Seed = null,
    IReadOnlyList<string>? Sets = null,
    string? OutDir = null,
    int Silos = 1,
    EngineKind Engine = EngineKind.Orleans,
    Model.Engine.Partitioning? Partitioning = null,
    Results.TableFormat Format = Results.TableFormat.Csv,
    string? Cluster = null);
