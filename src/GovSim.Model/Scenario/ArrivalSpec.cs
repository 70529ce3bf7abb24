using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

public sealed class ArrivalSpec
{
    [Description("Needs for services per calendar hour, over the whole population (a Poisson process)."), Range(0.0, 1e7)]
    public double RatePerHour { get; set; } = 8;
}
