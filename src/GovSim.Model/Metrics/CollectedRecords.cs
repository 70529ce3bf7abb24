using GovSim.Model.Engine;

namespace GovSim.Model.Metrics;

/// <summary>
/// What one partition's data collector gathered, unsorted and not yet aligned: handed to the run's collector at the
/// end, which merges every partition's and sorts (a message about a case may be counted in a partition other than
/// the one that records the case).
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.collected-records")]
public sealed record CollectedRecords(
    CaseRecord[] Cases,
    DepartmentDay[] DepartmentDays,
    Indicator[] Indicators,
    Counter[] Counters,
    CaseId[] MessageCases,
    int[] MessageCounts,
    long MessagesTotal,
    long EventsProcessed);
