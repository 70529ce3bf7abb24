using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>
/// The government service platform (政务服务平台). Each reform it stands for is a separate switch, so an experiment
/// can take one away and see what it was worth: intake and the assisted counter (staffed desks with queues), the data
/// hub (connectedness), parallel dispatch (并联审批), SLA escalation, and the information layer other modes may use
/// (load visibility, leaders' directives through the platform). Outages stop all of it.
/// </summary>
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

    [Description("Parallel dispatch (并联审批): the platform sends every step of a case at once, ignoring the service's stage order; false follows the stages.")]
    public bool ParallelDispatch { get; set; }

    [Description("Connectedness of the platform's data hub: a data-shared proof is pulled with probability hub_connectedness x the issuer's digital maturity."), Range(0.0, 1.0)]
    public double HubConnectedness { get; set; } = 0.8;

    [Description("The online intake (pre-check of applications submitted online): staff, working minutes per application, hours.")]
    public DeskSpec Intake { get; set; } = new() { Staff = 6, ServiceTime = new() { MeanMinutes = 5 } };

    [Description("The assisted counter (代办点) for citizens without digital skills: staff, working minutes per application, hours.")]
    public DeskSpec Assisted { get; set; } = new() { Staff = 4, ServiceTime = new() { MeanMinutes = 15 } };

    [Description("Information layer: departments report their load to the platform and see every peer's load on a board (network requesters excuse refusals by overloaded peers; market leads judge bids by the board).")]
    public bool Visibility { get; set; }

    [Description("Hours between load reports and board updates when visibility is on."), Range(0.25, 1000)]
    public double BoardIntervalHours { get; set; } = 4;

    [Description("Information layer: leaders take up escalations and issue directives through the platform, with leader_response_minutes instead of their own response delay.")]
    public bool LeaderChannel { get; set; }

    [Description("Response delay of a leader working through the platform (leader_channel), in minutes."), Range(0, 100000)]
    public int LeaderResponseMinutes { get; set; } = 15;
}

/// <summary>A staffed desk with a queue: clerks working in parallel, a service-time distribution and opening hours.</summary>
public sealed class DeskSpec
{
    [Description("Staff: clerks working in parallel."), Range(1, 100000)]
    public int Staff { get; set; } = 1;

    [Description("Working minutes one job takes.")]
    public ServiceTimeSpec ServiceTime { get; set; } = new();

    [Description("office (calendar hours) or always (24/7).")]
    public HoursKind Hours { get; set; } = HoursKind.Office;
}
