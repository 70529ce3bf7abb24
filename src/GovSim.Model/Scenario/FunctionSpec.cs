using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>A department function (market regulation, public security, ...); every region has one such department.</summary>
public sealed class FunctionSpec
{
    [Description("Function name, unique; services refer to it.")]
    public string Name { get; set; } = "";

    [Description("Staff: clerks working in parallel."), Range(1, 100000)]
    public int Staff { get; set; } = 2;

    [Description("Working minutes one job takes.")]
    public ServiceTimeSpec ServiceTime { get; set; } = new();

    [Description("office (calendar hours) or always (24/7).")]
    public HoursKind Hours { get; set; } = HoursKind.Office;

    [Description("Share of the department's data that is online and connected: the chance a data-shared proof can be pulled from or into it."), Range(0.0, 1.0)]
    public double DigitalMaturity { get; set; } = 0.5;

    [Description("Resistance to the platform: a department takes up a dispatched step with probability digital_maturity x (1 - resistance x (1 - push of its region)); otherwise the step goes the manual route, through the leader."), Range(0.0, 1.0)]
    public double PlatformResistance { get; set; } = 0.5;
}

public enum HoursKind
{
    Office,
    Always,
}
