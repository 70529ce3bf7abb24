using System.ComponentModel;

namespace GovSim.Model.Scenario;

public sealed class CalendarSpec
{
    [Description("Opening time of offices, HH:MM.")]
    public string Opens { get; set; } = "09:00";

    [Description("Closing time of offices, HH:MM, later than opens.")]
    public string Closes { get; set; } = "17:00";

    [Description("Working days; tick 0 is a Monday.")]
    public List<Weekday> Workdays { get; set; } = [Weekday.Mon, Weekday.Tue, Weekday.Wed, Weekday.Thu, Weekday.Fri];
}

public enum Weekday
{
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}
