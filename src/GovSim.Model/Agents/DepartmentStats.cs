using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Model.Agents;

/// <summary>Time-weighted queue length and busy staff over the current day, and the day's flows.</summary>
internal sealed class DepartmentStats
{
    private long _lastChange;
    private double _queueArea;
    private double _busyArea;
    private int _arrivals;
    private int _completions;

    /// <summary>Call before the queue length or the busy count changes.</summary>
    public void Accrue(long now, int queue, int busy)
    {
        var dt = now - _lastChange;
        _queueArea += (double)queue * dt;
        _busyArea += (double)busy * dt;
        _lastChange = now;
    }

    public void Arrival() => _arrivals++;

    public void Completion() => _completions++;

    public DepartmentDay CloseDay(int department, long midnight, int queue, int busy)
    {
        Accrue(midnight, queue, busy);
        var day = new DepartmentDay(department, SimTime.DayOf(midnight) - 1, queue,
            _queueArea / SimTime.MinutesPerDay, _busyArea / SimTime.MinutesPerDay, _arrivals, _completions);
        _queueArea = _busyArea = 0;
        _arrivals = _completions = 0;
        return day;
    }
}
