using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Experiments.Results;

/// <summary>
/// A case's latency as a survival observation packed in one int: whole minutes shifted left by one, the low bit set
/// when the case completed (an event) and clear when it is censored (abandoned when abandoned, open at the end of the
/// run). Sorting packed values sorts by time, which is all the Kaplan–Meier estimator and the percentiles need. Runs
/// last at most 365 250 days, 2^30 minutes with room to spare.
/// </summary>
public static class CaseObservation
{
    public static int Of(CaseRecord c, ObservationWindow window)
    {
        var (minutes, completed) = c.Outcome switch
        {
            CaseOutcome.Completed => (c.FinishedAt - c.SubmittedAt, true),
            CaseOutcome.Abandoned => (c.FinishedAt - c.SubmittedAt, false),
            _ => (window.End - c.SubmittedAt, false),
        };
        return checked((int)(minutes << 1)) | (completed ? 1 : 0);
    }

    public static bool IsEvent(int packed) => (packed & 1) != 0;

    public static double Hours(int packed) => SimTime.ToHours(packed >> 1);
}
