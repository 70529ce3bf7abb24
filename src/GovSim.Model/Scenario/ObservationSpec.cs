using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>How run statistics treat cases that could not finish within the run.</summary>
public sealed class ObservationSpec
{
    [Description("Cohort rule: completion and on-time rates count cases submitted after the warm-up and at least this many days (at most half the measured days) before the end, so every counted case had time to finish."), Range(0, 3650)]
    public int CohortMarginDays { get; set; } = 10;

    [Description("Horizon of the restricted mean latency (Kaplan-Meier, open and abandoned cases censored), in calendar days."), Range(0.1, 3650)]
    public double RmstHorizonDays { get; set; } = 10;
}
