using System.Globalization;
using GovSim.Model.Scenario;

namespace GovSim.Model.Engine;

/// <summary>
/// How a run's agents (the logical processes) are mapped onto partitions (the kernel processes that each run a local
/// sequential event loop): one partition per agent, one per region (plus one for what no region owns: the leader
/// above the regions and the platform), or a fixed number, agents dealt out by index within their kind. The model
/// never sees the mapping; results are the same bytes for every one (tested).
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.partitioning")]
public sealed record Partitioning([property: Id(0)] PartitioningKind Kind, [property: Id(1)] int Count)
{
    public static Partitioning PerAgent { get; } = new(PartitioningKind.Agent, 0);
    public static Partitioning ByRegion { get; } = new(PartitioningKind.Region, 0);
    public static Partitioning Single { get; } = new(PartitioningKind.Fixed, 1);

    public static Partitioning Fixed(int count) => new(PartitioningKind.Fixed, count);

    /// <summary>Reads "agent", "region" or a number of partitions; null if the text is none of them.</summary>
    public static Partitioning? Parse(string text) => text switch
    {
        "agent" => PerAgent,
        "region" => ByRegion,
        _ when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxFixed => Fixed(n),
        _ => null,
    };

    public const int MaxFixed = 1024;

    public override string ToString() => Kind switch
    {
        PartitioningKind.Agent => "agent",
        PartitioningKind.Region => "region",
        _ => Count.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Number of partitions of a world.</summary>
    public int PartitionsOf(World world) => Kind switch
    {
        PartitioningKind.Agent => world.AgentCount,
        PartitioningKind.Region => world.Regions.Count + 1,
        _ => Count,
    };

    /// <summary>The partition of an agent.</summary>
    public int Of(AgentId id, World world) => Kind switch
    {
        PartitioningKind.Agent => world.OrdinalOf(id),
        PartitioningKind.Region => id.Kind switch
        {
            AgentKind.Citizen => world.Citizens[id.Index].Region,
            AgentKind.Department => world.Departments[id.Index].Region,
            AgentKind.Agency => world.Agencies[id.Index].Region,
            AgentKind.Leader when id.Index < world.Regions.Count => id.Index,
            _ => world.Regions.Count, // the top leader and the platform
        },
        _ => id.Index % Count,
    };
}

public enum PartitioningKind : byte
{
    /// <summary>One partition per agent (each agent its own grain).</summary>
    Agent,

    /// <summary>One partition per region, and one for the top leader and the platform.</summary>
    Region,

    /// <summary>A fixed number of partitions; agents dealt out by index.</summary>
    Fixed,
}
