using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

public sealed class PopulationSpec
{
    [Description("Number of citizens."), Range(1, 10000000)]
    public int Citizens { get; set; } = 2000;

    [Description("Youngest applicant's age."), Range(0, 120)]
    public int MinAge { get; set; } = 18;

    [Description("Oldest applicant's age, at least min_age."), Range(0, 120)]
    public int MaxAge { get; set; } = 85;

    [Description("Bogus locale of generated names (zh_CN, en, ...).")]
    public string Locale { get; set; } = "zh_CN";

    [Description("Digital literacy: a logistic curve falling with age, plus noise.")]
    public DigitalLiteracySpec DigitalLiteracy { get; set; } = new();
}

public sealed class DigitalLiteracySpec
{
    [Description("Age at which expected literacy is 0.5."), Range(0.0, 150)]
    public double MidpointAge { get; set; } = 60;

    [Description("How fast literacy falls with age around the midpoint (per year)."), Range(0.0, 10)]
    public double Steepness { get; set; } = 0.1;

    [Description("Standard deviation of individual noise around the curve."), Range(0.0, 1)]
    public double Noise { get; set; } = 0.1;

    [Description("Literacy at or above which a citizen counts as digitally skilled."), Range(0.0, 1)]
    public double SkilledThreshold { get; set; } = 0.5;
}
