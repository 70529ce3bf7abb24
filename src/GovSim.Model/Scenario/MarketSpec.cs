using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>Contract-net coordination (market mode).</summary>
public sealed class MarketSpec
{
    [Description("Hours of promised time one unit of price is worth when bids are compared (award: least hours + price x this)."), Range(0.0, 1e6)]
    public double PriceWeightHours { get; set; } = 0.05;

    [Description("Price a department quotes another department for a step; it weighs in the award but is an internal transfer, not a cost to government."), Range(0.0, 1e9)]
    public double DepartmentPrice { get; set; } = 20;

    [Description("A provider bids only while its waiting jobs per member of staff are below this."), Range(0.0, 1e6)]
    public double CapacityPerStaff { get; set; } = 3;

    [Description("Minutes before a call for proposals that got no bid is announced again."), Range(1, 100000)]
    public int RetryMinutes { get; set; } = 120;

    [Description("Calls for proposals without a bid after which the step falls back to the hierarchy (escalation to the leader)."), Range(1, 1000)]
    public int MaxRetries { get; set; } = 3;
}

/// <summary>Licensed third-party agencies (帮代办) that bid for work in market mode.</summary>
public sealed class AgencySpec
{
    [Description("Agencies in each region."), Range(0, 1000)]
    public int PerRegion { get; set; } = 2;

    [Description("Staff of each agency."), Range(1, 100000)]
    public int Staff { get; set; } = 2;

    [Description("Working minutes an agency job takes.")]
    public ServiceTimeSpec ServiceTime { get; set; } = new() { MeanMinutes = 25 };

    [Description("Price an agency charges per job."), Range(0.0, 1e9)]
    public double Price { get; set; } = 100;

    [Description("Probability that an agency's job is found defective on delivery and must be redone (shirking)."), Range(0.0, 1.0)]
    public double ShirkingRate { get; set; } = 0.1;

    [Description("Information asymmetry: agencies promise this share fewer hours than their queue implies, to win awards."), Range(0.0, 0.99)]
    public double Understatement { get; set; } = 0.3;

    [Description("Functions agencies are licensed for; empty means all.")]
    public List<string> Functions { get; set; } = [];
}
