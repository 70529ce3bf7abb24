using GovSim.Model.Scenario;

namespace GovSim.Classroom;

/// <summary>The modes that race, in the order the page shows them, with the names the sources give them.</summary>
public static class ModeNames
{
    public static readonly (ModeKind Mode, string Label, string Chinese)[] Racing =
    [
        (ModeKind.Administrative, "administrative", "行政式"),
        (ModeKind.Market, "market", "市场式"),
        (ModeKind.Network, "network", "网络式"),
        (ModeKind.Cyborg, "cyborg", "赛博格"),
        (ModeKind.Mosaic, "mosaic", "拼盘"),
    ];
}
