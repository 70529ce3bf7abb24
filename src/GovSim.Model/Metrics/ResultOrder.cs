using GovSim.Model.Engine;

namespace GovSim.Model.Metrics;

/// <summary>
/// Puts records that partitions release in any order and in any batches into the canonical order of
/// <see cref="ResultBatch"/>: a record leaves once every record made before its tick is known (the caller says up to
/// where, in <see cref="Release"/>). Only records inside that window are held, never a run's worth.
/// </summary>
public sealed class ResultOrder
{
    private readonly List<TimedRecord> _cases = [];
    private readonly List<TimedRecord> _days = [];
    private readonly List<TimedRecord> _indicators = [];

    public int Held => _cases.Count + _days.Count + _indicators.Count;

    public void Add(IEnumerable<TimedRecord> records)
    {
        foreach (var r in records)
        {
            switch (r.Record)
            {
                case CaseRecord: _cases.Add(r); break;
                case DepartmentDay: _days.Add(r); break;
                case Indicator: _indicators.Add(r); break;
                default: throw new ArgumentException($"{r.Record.GetType().Name} is not released as a row.");
            }
        }
    }

    /// <summary>Every held record made before <paramref name="before"/>, in canonical order; the rest stay.</summary>
    public ResultBatch Release(long before) => new(
        Take<CaseRecord>(_cases, before, (a, b) => a.Case.CompareTo(b.Case)),
        Take<DepartmentDay>(_days, before, (a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Department.CompareTo(b.Department)),
        Take<Indicator>(_indicators, before, CompareIndicators));

    private static int CompareIndicators(Indicator a, Indicator b)
    {
        var c = a.Day.CompareTo(b.Day);
        if (c != 0) return c;
        c = a.Agent.CompareTo(b.Agent);
        return c != 0 ? c : string.CompareOrdinal(a.Metric, b.Metric);
    }

    private static T[] Take<T>(List<TimedRecord> held, long before, Comparison<T> byKey) where T : SimRecord
    {
        if (held.Count == 0) return [];
        var due = new List<TimedRecord>();
        var kept = 0;
        for (var i = 0; i < held.Count; i++)
        {
            var r = held[i];
            if (r.Tick < before) due.Add(r);
            else held[kept++] = r;
        }

        held.RemoveRange(kept, held.Count - kept);
        due.Sort((a, b) => a.Tick != b.Tick ? a.Tick.CompareTo(b.Tick) : byKey((T)a.Record, (T)b.Record));
        var rows = new T[due.Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = (T)due[i].Record;
        return rows;
    }
}
