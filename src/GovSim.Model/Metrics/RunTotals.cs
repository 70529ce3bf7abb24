namespace GovSim.Model.Metrics;

/// <summary>A run's counts over all its agents, known at its end: named counters (sorted by name), messages, events.</summary>
[GenerateSerializer, Immutable, Alias("govsim.run-totals")]
public sealed record RunTotals(Counter[] Counters, long MessagesTotal, long EventsProcessed)
{
    public long Count(string counter)
    {
        foreach (var c in Counters)
            if (c.Name == counter) return c.Value;
        return 0;
    }

    /// <summary>The totals of several partitions: counters added by name, in ordinal order of their names.</summary>
    public static RunTotals Sum(IEnumerable<RunTotals> parts)
    {
        var counters = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long messages = 0, events = 0;
        foreach (var part in parts)
        {
            foreach (var c in part.Counters) counters[c.Name] = counters.GetValueOrDefault(c.Name) + c.Value;
            messages += part.MessagesTotal;
            events += part.EventsProcessed;
        }

        return new RunTotals([.. counters.Select(k => new Counter(k.Key, k.Value))], messages, events);
    }
}
