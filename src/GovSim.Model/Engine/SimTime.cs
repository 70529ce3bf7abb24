namespace GovSim.Model.Engine;

/// <summary>Simulated time is a count of ticks; one tick is one simulated minute. Tick 0 is a Monday, 00:00.</summary>
public static class SimTime
{
    public const long MinutesPerHour = 60;
    public const long MinutesPerDay = 24 * MinutesPerHour;
    public const long MinutesPerWeek = 7 * MinutesPerDay;
    public const long Never = long.MaxValue;

    public static long Days(double days) => (long)Math.Round(days * MinutesPerDay);
    public static long Hours(double hours) => (long)Math.Round(hours * MinutesPerHour);
    public static double ToHours(long ticks) => ticks / (double)MinutesPerHour;
    public static long DayOf(long tick) => tick / MinutesPerDay;
    public static long StartOfDay(long day) => day * MinutesPerDay;
}
