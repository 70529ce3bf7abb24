using GovSim.Model.Engine;
using GovSim.Model.Messages;

namespace GovSim.Model.Metrics;

/// <summary>
/// Gathers what agents record and counts the messages they exchange (Mesa's DataCollector). Hosts feed it in any
/// order; <see cref="Build"/> sorts everything canonically, so the output never depends on that order.
/// </summary>
public sealed class DataCollector
{
    private readonly List<CaseRecord> _cases = [];
    private readonly List<DepartmentDay> _days = [];
    private readonly List<Indicator> _indicators = [];
    private readonly Dictionary<string, long> _counters = new(StringComparer.Ordinal);
    private readonly Dictionary<CaseId, int> _messagesPerCase = [];
    private long _messages;

    public long EventsProcessed { get; private set; }

    /// <summary>Counts a message between two agents; timers (messages to oneself) are not messages exchanged.</summary>
    public void OnSend(Envelope envelope)
    {
        if (envelope.To == envelope.From) return;
        _messages++;
        if (envelope.Body is ICaseMessage m)
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_messagesPerCase, m.Case, out _)++; // one lookup per message
    }

    public void OnRecord(SimRecord record)
    {
        switch (record)
        {
            case CaseRecord c: _cases.Add(c); break;
            case DepartmentDay d: _days.Add(d); break;
            case Indicator i: _indicators.Add(i); break;
            case Counter k: _counters[k.Name] = _counters.GetValueOrDefault(k.Name) + k.Value; break;
            default: throw new ArgumentException($"Unknown record {record.GetType().Name}.");
        }
    }

    public void OnEvents(long count) => EventsProcessed += count;

    /// <summary>Everything gathered so far, for another collector to absorb (a partition's, at the end of a run).</summary>
    public CollectedRecords Snapshot() => new(
        [.. _cases], [.. _days], [.. _indicators], [.. _counters.Select(k => new Counter(k.Key, k.Value))],
        [.. _messagesPerCase.Keys], [.. _messagesPerCase.Values], _messages, EventsProcessed);

    /// <summary>Adds what another collector gathered; the order of absorbing never shows in <see cref="Build"/>.</summary>
    public void Absorb(CollectedRecords other)
    {
        _cases.AddRange(other.Cases);
        _days.AddRange(other.DepartmentDays);
        _indicators.AddRange(other.Indicators);
        foreach (var k in other.Counters) _counters[k.Name] = _counters.GetValueOrDefault(k.Name) + k.Value;
        for (var i = 0; i < other.MessageCases.Length; i++)
            _messagesPerCase[other.MessageCases[i]] = _messagesPerCase.GetValueOrDefault(other.MessageCases[i]) + other.MessageCounts[i];
        _messages += other.MessagesTotal;
        EventsProcessed += other.EventsProcessed;
    }

    public RunRecords Build()
    {
        var cases = _cases.OrderBy(c => c.Case).ToArray();
        return new RunRecords(
            cases,
            cases.Select(c => _messagesPerCase.GetValueOrDefault(c.Case)).ToArray(),
            _days.OrderBy(d => d.Day).ThenBy(d => d.Department).ToArray(),
            _indicators.OrderBy(i => i.Day).ThenBy(i => i.Agent).ThenBy(i => i.Metric, StringComparer.Ordinal).ToArray(),
            _counters.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => new Counter(k.Key, k.Value)).ToArray(),
            _messages,
            EventsProcessed);
    }
}
