using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Results;

/// <summary>
/// Everything a run's summary needs, gathered online from the record batches as they stream past: the case ledger,
/// the backlog of each measured day (department queues at midnight plus leaders' and the platform's queues), and the
/// mean latency of the cases completed each day (for MSER-5). Per-day figures are small; nothing is kept per case
/// beyond the ledger's slot.
/// </summary>
public sealed class RunLedger : IResultSink
{
    private readonly World _world;
    private readonly double[] _backlog;
    private readonly double[] _latencySumByDay;
    private readonly int[] _completionsByDay;

    public RunLedger(World world)
    {
        _world = world;
        Window = ObservationWindow.Of(world);
        Cases = new CaseLedger(world, Window);
        _backlog = new double[Math.Max(0, world.Spec.DurationDays - world.Spec.WarmupDays)];
        _latencySumByDay = new double[world.Spec.DurationDays + 1];
        _completionsByDay = new int[world.Spec.DurationDays + 1];
    }

    public ObservationWindow Window { get; }
    public CaseLedger Cases { get; }

    /// <summary>Case records seen, warm-up included.</summary>
    public long CaseRecords { get; private set; }

    public void Write(ResultBatch batch)
    {
        CaseRecords += batch.Cases.Length;
        foreach (var c in batch.Cases)
        {
            Cases.Add(c);
            if (c.Outcome != CaseOutcome.Completed) continue;
            var day = SimTime.DayOf(c.FinishedAt);
            _latencySumByDay[day] += SimTime.ToHours(c.FinishedAt - c.SubmittedAt);
            _completionsByDay[day]++;
        }

        var firstDay = _world.Spec.WarmupDays;
        foreach (var d in batch.Days)
            if (d.Day >= firstDay && d.Day - firstDay < _backlog.Length) _backlog[d.Day - firstDay] += d.QueueAtMidnight;
        foreach (var i in batch.Indicators)
            if (i.Day >= firstDay && i.Day - firstDay < _backlog.Length && i.Metric is "backlog" or "intake_waiting" or "assisted_waiting" or "held_backlog")
                _backlog[i.Day - firstDay] += i.Value;
    }

    /// <summary>Work waiting anywhere in government at each midnight after the warm-up.</summary>
    public IReadOnlyList<double> DailyBacklog => _backlog;

    /// <summary>Days with a completion, in order, and the mean latency (hours) of that day's completions.</summary>
    public IReadOnlyList<(long Day, double Latency)> DailyLatency
    {
        get
        {
            var daily = new List<(long, double)>();
            for (var d = 0; d < _completionsByDay.Length; d++)
                if (_completionsByDay[d] > 0) daily.Add((d, _latencySumByDay[d] / _completionsByDay[d]));
            return daily;
        }
    }
}
