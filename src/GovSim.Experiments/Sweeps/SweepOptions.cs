using GovSim.Experiments.Results;

namespace GovSim.Experiments.Sweeps;

/// <summary>The options of `govsim sweep`.</summary>
public sealed record SweepOptions(string File, string? OutDir = null, int Parallel = 2, bool Resume = false, Model.Engine.Partitioning? Partitioning = null,
    TableFormat Format = TableFormat.Csv);

/// <summary>How far a sweep has got.</summary>
public sealed record SweepProgress(int Done, int Total, long Events, TimeSpan Elapsed);
