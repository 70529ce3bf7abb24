namespace GovSim.Model.Metrics;

/// <summary>
/// Keeps every record of a run in memory (Mesa's DataCollector): for tests and small runs that want
/// <see cref="RunRecords"/>. Large runs stream their batches to files instead (the results writers).
/// </summary>
public sealed class DataCollector : IResultSink
{
    private readonly List<CaseRecord> _cases = [];
    private readonly List<DepartmentDay> _days = [];
    private readonly List<Indicator> _indicators = [];

    public void Write(ResultBatch batch)
    {
        _cases.AddRange(batch.Cases);
        _days.AddRange(batch.Days);
        _indicators.AddRange(batch.Indicators);
    }

    public RunRecords Build(RunTotals totals) => new([.. _cases], [.. _days], [.. _indicators], totals);
}
