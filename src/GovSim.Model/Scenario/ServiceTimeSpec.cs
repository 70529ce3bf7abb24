using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

public sealed class ServiceTimeSpec
{
    [Description("exponential, lognormal, deterministic or uniform.")]
    public Distribution Distribution { get; set; } = Distribution.Exponential;

    [Description("Mean working minutes (exponential, lognormal, deterministic)."), Range(0.01, 1e7)]
    public double MeanMinutes { get; set; } = 30;

    [Description("Standard deviation in minutes (lognormal)."), Range(0.0, 1e7)]
    public double SdMinutes { get; set; } = 15;

    [Description("Lower bound in minutes (uniform)."), Range(0.0, 1e7)]
    public double MinMinutes { get; set; } = 10;

    [Description("Upper bound in minutes (uniform), at least min_minutes."), Range(0.0, 1e7)]
    public double MaxMinutes { get; set; } = 50;
}

public enum Distribution
{
    Exponential,
    Lognormal,
    Deterministic,
    Uniform,
}
