using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace GovSim.Grains.Placement;

/// <summary>
/// Where a run's grains live. A run key may name a silo (<see cref="Pin"/>): then the coordinator and every partition
/// of that run are placed on it, so a run on a cluster sends nothing between machines and a batch client can spread
/// runs over silos. A key without a silo spreads the grains over the silos by the hash of their ids (an embedded
/// cluster of N silos shares a run's partitions). Placement never changes results.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.run-placement")]
public sealed class RunPlacement : PlacementStrategy
{
    public const string Marker = "|on:";

    /// <summary>A run key that pins the run to <paramref name="silo"/>.</summary>
    public static string Pin(string runKey, SiloAddress silo) => $"{runKey}{Marker}{silo.ToParsableString()}";
}

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RunPlacementAttribute() : PlacementAttribute(new RunPlacement());

public sealed class RunPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        var key = target.GrainIdentity.Key.ToString() ?? "";
        var at = key.IndexOf(RunPlacement.Marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            var name = key[(at + RunPlacement.Marker.Length)..];
            var slash = name.IndexOf('/');
            if (slash >= 0) name = name[..slash]; // a partition: "{run key}/p{n}"
            foreach (var silo in silos)
                if (silo.ToParsableString() == name) return Task.FromResult(silo);
        }

        // No silo named, or it is gone: any silo, chosen by the grain's id.
        var ordered = silos.OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        return Task.FromResult(ordered[(int)(target.GrainIdentity.GetUniformHashCode() % (uint)ordered.Length)]);
    }
}
