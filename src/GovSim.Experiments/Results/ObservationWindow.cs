using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Results;

/// <summary>
/// Which cases a run's statistics count, and how cases that could not finish are treated: every case submitted after
/// the warm-up counts for latency (open cases censored at the end of the run, abandoned ones when abandoned); only the
/// cohort — submitted after the warm-up and at least cohort_margin_days (at most half the measured days) before the
/// end — counts for completion and on-time rates, so a case is not called unfinished for lack of time.
/// </summary>
public sealed record ObservationWindow(long Warmup, long End, long CohortEnd, double RmstHorizonH)
{
    public static ObservationWindow Of(World world)
    {
        var measured = world.Duration - world.Warmup;
        var margin = Math.Min(SimTime.Days(world.Spec.Observation.CohortMarginDays), measured / 2);
        return new ObservationWindow(world.Warmup, world.Duration, world.Duration - margin,
            world.Spec.Observation.RmstHorizonDays * 24);
    }

    /// <summary>Measured days (after the warm-up).</summary>
    public double MeasuredDays => (End - Warmup) / (double)SimTime.MinutesPerDay;
}
