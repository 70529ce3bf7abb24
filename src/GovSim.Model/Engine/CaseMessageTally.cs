using GovSim.Model.Agents;
using GovSim.Model.Metrics;

namespace GovSim.Model.Engine;

/// <summary>
/// Counts the messages about each case of a partition's citizens, wherever they were sent, without a table of all
/// cases: an open case counts in its citizen; a case that has ended waits here until no message sent by its end tick
/// can still be on its way (a note from another partition arrives within the lookahead of the horizon), then leaves
/// with its count. Notes from other partitions are applied once the partition's clock has passed their tick, so a
/// case counts exactly the messages sent up to the tick it ended, however agents are partitioned.
/// </summary>
internal sealed class CaseMessageTally(Func<CaseId, CitizenAgent?> citizenOf)
{
    private readonly Dictionary<CaseId, Ended> _ended = [];
    private readonly PriorityQueue<CaseId, long> _endedByTick = new();
    private readonly PriorityQueue<CaseId, long> _notes = new();

    /// <summary>The earliest end tick of a case still held, or <see cref="SimTime.Never"/>.</summary>
    public long HeldFrom => _endedByTick.TryPeek(out _, out var tick) ? tick : SimTime.Never;

    /// <summary>A message about <paramref name="case"/> sent at <paramref name="tick"/>, not after the partition's clock.</summary>
    public void Count(CaseId @case, long tick)
    {
        if (_ended.TryGetValue(@case, out var ended))
        {
            if (tick <= ended.Tick) ended.Late++;
            return;
        }

        citizenOf(@case)?.CountMessage(@case); // a case no longer (or never) open: the message counts in the total only
    }

    /// <summary>A note from another partition, applied by <see cref="ApplyNotesBefore"/>.</summary>
    public void Defer(MessageNote note) => _notes.Enqueue(note.Case, note.Tick);

    /// <summary>Applies the notes sent before <paramref name="tick"/>: every event before it has been handled.</summary>
    public void ApplyNotesBefore(long tick)
    {
        while (_notes.TryPeek(out var @case, out var at) && at < tick)
        {
            _notes.Dequeue();
            Count(@case, at);
        }
    }

    public void Hold(CaseRecord record, long tick)
    {
        _ended.Add(record.Case, new Ended(record, tick));
        _endedByTick.Enqueue(record.Case, tick);
    }

    /// <summary>Releases the cases that ended before <paramref name="tick"/>, with their final counts.</summary>
    public void ReleaseBefore(long tick, List<TimedRecord> into)
    {
        while (_endedByTick.TryPeek(out var @case, out var at) && at < tick)
        {
            _endedByTick.Dequeue();
            _ended.Remove(@case, out var ended);
            var record = ended!.Late == 0 ? ended.Record : ended.Record with { Messages = ended.Record.Messages + ended.Late };
            into.Add(new TimedRecord(at, record));
        }
    }

    private sealed class Ended(CaseRecord record, long tick)
    {
        public CaseRecord Record { get; } = record;
        public long Tick { get; } = tick;
        public int Late { get; set; }
    }
}
