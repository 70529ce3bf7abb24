using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Results;

/// <summary>A way to group a run's cases in breakdown.csv: its groups are numbered 0..Groups-1 and named.</summary>
public sealed record BreakdownDimension(
    string Name, Func<World, int> Groups, Func<World, CaseSlot, int> GroupOf, Func<World, int, string> GroupName)
{
    private static readonly int Channels = Enum.GetValues<Channel>().Max(c => (int)c) + 1;

    /// <summary>The dimensions of breakdown.csv, in the order they are written; digital_group also splits runs.csv.</summary>
    public static IReadOnlyList<BreakdownDimension> All { get; } =
    [
        new("service", w => w.Services.Count, (_, s) => s.Service, (w, i) => w.Services[i].Name),
        new("digital_group", _ => 2, (_, s) => s.Skilled ? 0 : 1, (_, i) => i == 0 ? "skilled" : "unskilled"),
        new("scope", _ => 2, (w, s) => w.Services[s.Service].CrossRegion ? 0 : 1, (_, i) => i == 0 ? "cross_region" : "local"),
        new("channel", _ => Channels, (_, s) => (int)s.Channel, (_, i) => ((Channel)i).ToString().ToLowerInvariant()),
        new("region", w => w.Regions.Count, (_, s) => s.Region, (w, i) => w.Regions[i]),
    ];
}
