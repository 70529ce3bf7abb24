namespace GovSim.Model.Metrics;

/// <summary>One department's day: queue averaged over calendar time, busy staff averaged over open minutes, the queue at midnight, and the flows.</summary>
[GenerateSerializer, Immutable, Alias("govsim.department-day")]
public sealed record DepartmentDay(
    int Department,
    long Day,
    int QueueAtMidnight,
    double QueueMean,
    double BusyStaffMean,
    int Arrivals,
    int Completions) : SimRecord;
