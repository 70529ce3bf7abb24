using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>Digital maturity that moves over simulated time: technology taken up where organisation pushes.</summary>
public sealed class DigitalisationSpec
{
    [Description("Growth of digital maturity per year at push 1: each day a department's maturity m rises by growth_per_year / 365 x push x (1 - m); 0 keeps maturity fixed."), Range(0.0, 100)]
    public double GrowthPerYear { get; set; }
}
