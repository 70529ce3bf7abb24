using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>Weights over the four modes (a point on the simplex once normalised), used when mode is mosaic.</summary>
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
}
