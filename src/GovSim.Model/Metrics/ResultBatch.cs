namespace GovSim.Model.Metrics;

/// <summary>
/// Records released to the results, each table in canonical order: cases by the tick they ended (open ones at the end
/// of the run), then case; department days by day, then department; indicators by day, agent, metric. Consecutive
/// batches continue that order, so a writer appends them as they come.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.result-batch")]
public sealed record ResultBatch(CaseRecord[] Cases, DepartmentDay[] Days, Indicator[] Indicators)
{
    public static ResultBatch Empty { get; } = new([], [], []);

    public bool IsEmpty => Cases.Length == 0 && Days.Length == 0 && Indicators.Length == 0;
}
