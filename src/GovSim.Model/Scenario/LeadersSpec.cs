using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

public sealed class LeadersSpec
{
    [Description("The leader of each region (a region may override push).")]
    public LeaderSpec Regional { get; set; } = new();

    [Description("The leader above all regions; its push governs cross-region work.")]
    public LeaderSpec Top { get; set; } = new() { AttentionPerDay = 100, ResponseDelayMinutes = 240 };

    [Description("How much push enlarges a leader's attention: items per day = attention_per_day x (1 + attention_push_gain x push)."), Range(0.0, 100)]
    public double AttentionPushGain { get; set; } = 1;

    [Description("Leader turnovers per year in each region (a Poisson process; 0 = none). A new leader drops the digitalisation pushed by the last: the region's departments return to their initial digital maturity."), Range(0.0, 365)]
    public double TurnoverPerYear { get; set; }
}

public sealed class LeaderSpec
{
    [Description("Coordination items the leader handles per working day at push 0; push enlarges it (attention_push_gain)."), Range(1, 1000000)]
    public int AttentionPerDay { get; set; } = 150;

    [Description("Minutes from taking up an item to issuing the directive."), Range(0, 100000)]
    public int ResponseDelayMinutes { get; set; } = 60;

    [Description("Push (高位推动) in [0, 1]: enlarges the leader's attention, gives coordination work precedence at departments, makes departments take up the platform and drives the growth of digital maturity (see ODD 7.10)."), Range(0.0, 1.0)]
    public double Push { get; set; } = 0.5;
}
