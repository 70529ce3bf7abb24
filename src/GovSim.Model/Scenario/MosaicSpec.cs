using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>
/// Weights over the four modes (a point on the simplex once normalised), used when mode is mosaic; a region or a
/// service may have weights of its own (a service's weights win over its region's).
/// </summary>
public sealed class MosaicSpec
{
    [Description("Weight of administrative coordination."), Range(0.0, 1e6)]
    public double Administrative { get; set; } = 0.25;

    [Description("Weight of market coordination."), Range(0.0, 1e6)]
    public double Market { get; set; } = 0.25;

    [Description("Weight of network coordination."), Range(0.0, 1e6)]
    public double Network { get; set; } = 0.25;

    [Description("Weight of the platform: the share of applications taken in by the platform."), Range(0.0, 1e6)]
    public double Cyborg { get; set; } = 0.25;

    [Description("Weights for the cases of one region (name: a region), replacing the weights above there.")]
    public List<MosaicWeightsSpec> ByRegion { get; set; } = [];

    [Description("Weights for the cases of one service (name: a service), replacing the weights above and the region's.")]
    public List<MosaicWeightsSpec> ByService { get; set; } = [];
}

public sealed class MosaicWeightsSpec
{
    [Description("The region or service these weights apply to.")]
    public string Name { get; set; } = "";

    [Description("Weight of administrative coordination."), Range(0.0, 1e6)]
    public double Administrative { get; set; }

    [Description("Weight of market coordination."), Range(0.0, 1e6)]
    public double Market { get; set; }

    [Description("Weight of network coordination."), Range(0.0, 1e6)]
    public double Network { get; set; }

    [Description("Weight of the platform (share of applications it takes in)."), Range(0.0, 1e6)]
    public double Cyborg { get; set; }
}
