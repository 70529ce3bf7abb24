using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>
/// A change made during a run at a simulated instant — what the classroom's controls do, saved so that `govsim run`
/// replays it exactly: new demand, new push for every leader, the platform taken down for some hours, every
/// department's digital maturity, or the share of citizens without digital skills.
/// </summary>
public sealed class InterventionSpec
{
    [Description("Simulated hours from the start of the run at which the change takes effect."), Range(0.0, 8766000.0)]
    public double AtHours { get; set; }

    [Description("New arrival rate from then on: needs per calendar hour over the population."), Range(0.0, 10000000.0)]
    public double? ArrivalsRatePerHour { get; set; }

    [Description("New push of every leader from then on, regional and top (regions' own push included)."), Range(0.0, 1.0)]
    public double? LeadersPush { get; set; }

    [Description("The platform goes down for this many hours (on top of its random outages)."), Range(0.01, 100000.0)]
    public double? PlatformDownHours { get; set; }

    [Description("Every department's digital maturity from then on (it may grow again with push)."), Range(0.0, 1.0)]
    public double? DigitalMaturity { get; set; }

    [Description("Share of citizens without digital skills from then on: the least literate apply at counters (results keep each citizen's group from the start)."), Range(0.0, 1.0)]
    public double? UnskilledShare { get; set; }
}
