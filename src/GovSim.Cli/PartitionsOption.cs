using System.CommandLine;
using GovSim.Experiments;
using GovSim.Model.Engine;

namespace GovSim.Cli;

/// <summary>`--partitions agent|region|N`: how the Orleans engine maps agents onto grains; never changes the results.</summary>
public static class PartitionsOption
{
    public static Option<string?> Create() => new("--partitions")
    {
        Description = "Orleans engine: agents per grain — agent (one grain each), region (one per region) or a number of partitions (default: one per silo). Results are the same bytes for every choice.",
    };

    public static Partitioning? Parse(string? text) => text switch
    {
        null => null,
        _ => Partitioning.Parse(text) ?? throw new InputException(
            $"--partitions {text}: expected agent, region or a number of partitions from 1 to {Partitioning.MaxFixed}."),
    };
}
