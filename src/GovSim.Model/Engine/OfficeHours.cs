namespace GovSim.Model.Engine;

/// <summary>
/// When an office works: a daily opening window on some weekdays, or always (24/7).
/// Service that does not fit before closing resumes at the next opening, as a clerk's file would.
/// </summary>
public sealed class OfficeHours
{
    private readonly bool _always;
    private readonly long _open;   // minute of the day
    private readonly long _close;  // minute of the day, > _open
    private readonly bool[] _workday = new bool[7]; // 0 = Monday

    private OfficeHours(bool always, long open, long close, IEnumerable<int> workdays)
    {
        _always = always;
        _open = open;
        _close = close;
        foreach (var d in workdays) _workday[d] = true;
        if (!always && (!_workday.Any(w => w) || close <= open))
            throw new ArgumentException("Office hours need at least one workday and a closing time after the opening time.");
    }

    public static OfficeHours Always { get; } = new(true, 0, SimTime.MinutesPerDay, Enumerable.Range(0, 7));

    public static OfficeHours Daily(long openMinute, long closeMinute, IEnumerable<int> workdays) =>
        new(false, openMinute, closeMinute, workdays);

    public bool IsAlwaysOpen => _always;

    /// <summary>Open minutes per week; used to turn "per working day" figures into rates.</summary>
    public long MinutesPerWeek => _always ? SimTime.MinutesPerWeek : (_close - _open) * _workday.Count(w => w);

    public bool IsWorkday(long day) => _always || _workday[(int)(day % 7)];

    public bool IsOpen(long tick)
    {
        if (_always) return true;
        var day = SimTime.DayOf(tick);
        var minute = tick - SimTime.StartOfDay(day);
        return _workday[(int)(day % 7)] && minute >= _open && minute < _close;
    }

    /// <summary>The first tick at or after <paramref name="tick"/> when the office is open.</summary>
    public long NextOpen(long tick)
    {
        if (IsOpen(tick)) return tick;
        for (var day = SimTime.DayOf(tick); ; day++)
        {
            var opening = SimTime.StartOfDay(day) + _open;
            if (IsWorkday(day) && opening >= tick) return opening;
        }
    }

    /// <summary>The tick at which <paramref name="minutes"/> of open time have elapsed, starting at <paramref name="tick"/>.</summary>
    public long AddWorkingMinutes(long tick, long minutes)
    {
        if (_always) return tick + minutes;
        var current = NextOpen(tick);
        var remaining = minutes;
        while (true)
        {
            var closing = SimTime.StartOfDay(SimTime.DayOf(current)) + _close;
            var available = closing - current;
            if (remaining <= available) return current + remaining;
            remaining -= available;
            current = NextOpen(closing);
        }
    }

    /// <summary>Open minutes in [from, to).</summary>
    public long WorkingMinutesBetween(long from, long to)
    {
        if (to <= from) return 0;
        if (_always) return to - from;
        long total = 0;
        for (var day = SimTime.DayOf(from); SimTime.StartOfDay(day) < to; day++)
        {
            if (!IsWorkday(day)) continue;
            var start = Math.Max(from, SimTime.StartOfDay(day) + _open);
            var end = Math.Min(to, SimTime.StartOfDay(day) + _close);
            if (end > start) total += end - start;
        }
        return total;
    }

    /// <summary>Closing time of the <paramref name="workingDays"/>-th working day after the day of <paramref name="tick"/>.</summary>
    public long DeadlineAfter(long tick, int workingDays)
    {
        var day = SimTime.DayOf(tick);
        var counted = 0;
        while (counted < workingDays)
        {
            day++;
            if (IsWorkday(day)) counted++;
        }
        return SimTime.StartOfDay(day) + (_always ? SimTime.MinutesPerDay : _close);
    }
}
