using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>
/// What coordination costs government, in one currency for every mode: staff time at the desks, leaders' time on
/// escalations, the platform's fixed and per-case costs, and payments to agencies. Transfers between departments
/// (market bids of departments) net out and are not costs.
/// </summary>
public sealed class CostsSpec
{
    [Description("Cost of one hour of a clerk's work (departments, the platform's desks)."), Range(0.0, 1e9)]
    public double StaffWagePerHour { get; set; } = 60;

    [Description("Leader's minutes spent on one escalated item."), Range(0.0, 1e5)]
    public double LeaderMinutesPerItem { get; set; } = 10;

    [Description("Cost of one hour of a leader's time."), Range(0.0, 1e9)]
    public double LeaderWagePerHour { get; set; } = 300;

    [Description("Fixed cost of running the platform per day, counted when the platform is in use (intake, visibility or the leader channel)."), Range(0.0, 1e12)]
    public double PlatformPerDay { get; set; } = 3000;

    [Description("Running cost of the platform per case it leads."), Range(0.0, 1e9)]
    public double PlatformPerCase { get; set; } = 5;
}
