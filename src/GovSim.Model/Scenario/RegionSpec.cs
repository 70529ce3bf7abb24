using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

public sealed class RegionSpec
{
    [Description("Region name, unique.")]
    public string Name { get; set; } = "";

    [Description("Relative share of citizens living here."), Range(0.0, 1e9)]
    public double PopulationShare { get; set; } = 1;

    [Description("Push of this region's leader; unset: leaders.regional.push."), Range(0.0, 1.0)]
    public double? Push { get; set; }

    [Description("Initial digital maturity of every department of this region; unset: each function's digital_maturity."), Range(0.0, 1.0)]
    public double? DigitalMaturity { get; set; }
}
