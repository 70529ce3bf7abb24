using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>The government service platform (cyborg mode): one window, data exchange, dispatcher and monitor.</summary>
public sealed class PlatformSpec
{
    [Description("Long-run share of time the platform is up."), Range(0.0, 1.0)]
    public double Availability { get; set; } = 0.99;

    [Description("Mean length of an outage in hours (outage and up-time lengths are exponential)."), Range(0.01, 1e5)]
    public double MeanOutageHours { get; set; } = 4;

    [Description("Probability that an application's data do not match and the case falls back to the counter."), Range(0.0, 1.0)]
    public double DataErrorRate { get; set; } = 0.02;

    [Description("Working hours a dispatched step may take before the platform escalates it to the leader."), Range(0.1, 1e5)]
    public double SlaHours { get; set; } = 16;

    [Description("Whether one platform serves all regions; if false, steps in another region go through the hierarchy.")]
    public bool SharedAcrossRegions { get; set; } = true;
}
