namespace GovSim.Model.Metrics;

/// <summary>Everything a run produced, in canonical order (<see cref="ResultBatch"/>), kept in memory.</summary>
[GenerateSerializer, Immutable, Alias("govsim.run-records")]
public sealed record RunRecords(CaseRecord[] Cases, DepartmentDay[] DepartmentDays, Indicator[] Indicators, RunTotals Totals)
{
    public Counter[] Counters => Totals.Counters;
    public long MessagesTotal => Totals.MessagesTotal;
    public long EventsProcessed => Totals.EventsProcessed;
    public long Count(string counter) => Totals.Count(counter);
}
