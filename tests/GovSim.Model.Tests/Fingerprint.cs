using GovSim.Model.Metrics;

namespace GovSim.Model.Tests;

/// <summary>A readable, complete text form of a run's records, for exact comparisons.</summary>
public static class Fingerprint
{
    public static string Of(RunRecords r) => string.Join("\n",
        r.Cases.Select(c => c.ToString())
            .Concat(r.DepartmentDays.Select(d => d.ToString()))
            .Concat(r.Indicators.Select(i => i.ToString()))
            .Concat(r.Counters.Select(c => c.ToString()))
            .Append($"messages={r.MessagesTotal} events={r.EventsProcessed}"));
}
