using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

public sealed class RegionSpec
{
    [Description("Region name, unique.")]
    public string Name { get; set; } = "";

    [Description("Relative share of citizens living here."), Range(0.0, 1e9)]
    public double PopulationShare { get; set; } = 1;
}
