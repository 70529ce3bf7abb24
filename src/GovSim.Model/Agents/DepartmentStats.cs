using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Model.Agents;

/// <summary>
/// One day of a department's statistics: queue length averaged over calendar time (what Little's law relates to
/// calendar-time waits), busy staff averaged over the office's open minutes (a job suspended overnight is not work),
/// and the day's arrivals and completions.
/// </summary>
internal sealed class DepartmentStats(OfficeHours hours)
{
    private long _lastChange;
    private double _queueArea;
    private double _busyArea;
    private long _openMinutes;
    private int _arrivals;
    private int _completions;

    /// <summary>Call before the queue length or the busy count changes.</summary>
    public void Accrue(long now, int queue, int busy)
    {
        if (now == _lastChange) return;
        var open = hours.WorkingMinutesBetween(_lastChange, now);
        _queueArea += (double)queue * (now - _lastChange);
        _busyArea += (double)busy * open;
        _openMinutes += open;
        _lastChange = now;
    }

    public void Arrival() => _arrivals++;

    public void Completion() => _completions++;

    public DepartmentDay CloseDay(int department, long midnight, int queue, int busy)
    {
        Accrue(midnight, queue, busy);
        var day = new DepartmentDay(department, SimTime.DayOf(midnight) - 1, queue,
            _queueArea / SimTime.MinutesPerDay, _openMinutes == 0 ? 0 : _busyArea / _openMinutes, _arrivals, _completions);
        _queueArea = _busyArea = 0;
        _openMinutes = 0;
        _arrivals = _completions = 0;
        return day;
    }
}
