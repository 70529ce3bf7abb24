using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

public sealed class LeadersSpec
{
    [Description("The leader of each region.")]
    public LeaderSpec Regional { get; set; } = new();

    [Description("The leader above all regions.")]
    public LeaderSpec Top { get; set; } = new() { AttentionPerDay = 100, ResponseDelayMinutes = 240 };
}

public sealed class LeaderSpec
{
    [Description("Coordination items the leader handles per working day; the rest wait."), Range(1, 1000000)]
    public int AttentionPerDay { get; set; } = 150;

    [Description("Minutes from taking up an item to issuing the directive."), Range(0, 100000)]
    public int ResponseDelayMinutes { get; set; } = 60;

    [Description("Push (高位推动): the chance that coordination work requested in the leader's region is given precedence over counter work, and the pressure on peers to accept requests."), Range(0.0, 1.0)]
    public double Push { get; set; } = 0.5;
}
