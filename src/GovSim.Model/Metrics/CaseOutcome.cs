namespace GovSim.Model.Metrics;

[GenerateSerializer, Alias("govsim.case-outcome")]
public enum CaseOutcome : byte
{
    Completed = 1,
    Abandoned = 2,

    /// <summary>Still in progress when the run ended.</summary>
    Open = 3,
}
