using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>
/// A change made during a run at a simulated instant — what the classroom's controls do, saved so that `govsim run`
/// replays it exactly: new demand, new push for every leader, or the platform taken down for some hours.
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
}
