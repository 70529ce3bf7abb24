using GovSim.Model.Engine;

namespace GovSim.Model.Metrics;

/// <summary>Everything a run produced, in canonical order: what the results writers turn into CSV.</summary>
[GenerateSerializer, Immutable, Alias("govsim.run-records")]
public sealed record RunRecords(
    CaseRecord[] Cases,
    int[] CaseMessages,
    DepartmentDay[] DepartmentDays,
    Indicator[] Indicators,
    Counter[] Counters,
    long MessagesTotal,
    long EventsProcessed)
{
    public long Count(string counter) => Counters.Where(c => c.Name == counter).Sum(c => c.Value);
}
