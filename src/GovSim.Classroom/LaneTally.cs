using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Classroom;

/// <summary>
/// A lane's counters so far, from the case records its run has released: completed and abandoned cases, mean latency,
/// the mean latency of the latest completions (what the class watches move), trips and cost per completed case.
/// </summary>
public sealed class LaneTally
{
    private const int Recent = 50;
    private readonly Queue<double> _recent = new();
    private double _latencySum, _tripsSum, _costSum;

    public long Completed { get; private set; }
    public long Abandoned { get; private set; }

    public void Add(ResultBatch batch)
    {
        foreach (var c in batch.Cases)
        {
            _costSum += c.Cost;
            if (c.Outcome == CaseOutcome.Abandoned) Abandoned++;
            if (c.Outcome != CaseOutcome.Completed) continue;
            Completed++;
            var latency = SimTime.ToHours(c.FinishedAt - c.SubmittedAt);
            _latencySum += latency;
            _tripsSum += c.Trips;
            _recent.Enqueue(latency);
            if (_recent.Count > Recent) _recent.Dequeue();
        }
    }

    public double? MeanLatencyH => Completed == 0 ? null : _latencySum / Completed;
    public double? RecentLatencyH => _recent.Count == 0 ? null : _recent.Average();
    public double? CompletionRate => Completed + Abandoned == 0 ? null : Completed / (double)(Completed + Abandoned);
    public double? TripsMean => Completed == 0 ? null : _tripsSum / Completed;
    public double? CostPerCase => Completed == 0 ? null : _costSum / Completed;
}
