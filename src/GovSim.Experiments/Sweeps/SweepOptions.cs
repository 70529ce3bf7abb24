using GovSim.Experiments.Results;

namespace GovSim.Experiments.Sweeps;

/// <summary>The options of `govsim sweep`.</summary>
/// <param name="Cluster">redis://HOST:PORT of a cluster's membership: run on its silos as a client (null: an embedded silo).</param>
public sealed record SweepOptions(string File, string? OutDir = null, int Parallel = 2, bool Resume = false, Model.Engine.Partitioning? Partitioning = null,
    TableFormat Format = TableFormat.Csv, string? Cluster = null);

/// <summary>How far a sweep has got.</summary>
/// <param name="PerSilo">On a cluster: runs done by each silo (empty on an embedded silo).</param>
public sealed record SweepProgress(int Done, int Total, long Events, TimeSpan Elapsed, IReadOnlyDictionary<string, int>? PerSilo = null);
