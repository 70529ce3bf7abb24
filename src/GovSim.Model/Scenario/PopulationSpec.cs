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

    [Description("Mean patience in calendar days (exponential per citizen): a case not finished by then is abandoned."), Range(0.01, 1e5)]
    public double PatienceDays { get; set; } = 30;

    [Description("How the citizen rates a finished case.")]
    public SatisfactionSpec Satisfaction { get; set; } = new();
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

/// <summary>
/// A finished case is rated 1 − latency_weight × max(0, latency / deadline span − expectation) − trip_weight × trips,
/// clipped to [0, 1]: latency is judged against the statutory deadline, and every trip costs.
/// </summary>
public sealed class SatisfactionSpec
{
    [Description("Share of the statutory deadline a citizen finds acceptable before satisfaction starts to fall."), Range(0.0, 10)]
    public double Expectation { get; set; } = 0.3;

    [Description("Satisfaction lost per deadline span of extra latency."), Range(0.0, 100)]
    public double LatencyWeight { get; set; } = 1;

    [Description("Satisfaction lost per trip."), Range(0.0, 1)]
    public double TripWeight { get; set; } = 0.1;
}
