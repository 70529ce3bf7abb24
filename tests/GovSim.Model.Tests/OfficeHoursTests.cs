using GovSim.Model.Engine;

namespace GovSim.Model.Tests;

public class OfficeHoursTests
{
    // Monday to Friday, 09:00–17:00; tick 0 is Monday 00:00.
    private static readonly OfficeHours Office = OfficeHours.Daily(9 * 60, 17 * 60, [0, 1, 2, 3, 4]);
    private static long At(int day, int hour, int minute = 0) => day * SimTime.MinutesPerDay + hour * 60 + minute;

    [Fact]
    public void Is_open_only_on_workdays_in_office_hours()
    {
        Assert.False(Office.IsOpen(At(0, 8, 59)));
        Assert.True(Office.IsOpen(At(0, 9)));
        Assert.True(Office.IsOpen(At(4, 16, 59)));
        Assert.False(Office.IsOpen(At(4, 17)));
        Assert.False(Office.IsOpen(At(5, 12))); // Saturday
    }

    [Fact]
    public void Next_opening_skips_the_weekend()
    {
        Assert.Equal(At(0, 9), Office.NextOpen(At(0, 3)));
        Assert.Equal(At(7, 9), Office.NextOpen(At(4, 17, 30))); // Friday evening -> Monday
        Assert.Equal(At(2, 10), Office.NextOpen(At(2, 10)));
    }

    [Fact]
    public void Work_that_does_not_fit_before_closing_resumes_at_the_next_opening()
    {
        Assert.Equal(At(0, 9, 30), Office.AddWorkingMinutes(At(0, 9), 30));
        Assert.Equal(At(1, 9, 20), Office.AddWorkingMinutes(At(0, 16, 50), 30));
        Assert.Equal(At(7, 9, 20), Office.AddWorkingMinutes(At(4, 16, 50), 30)); // over the weekend
        Assert.Equal(At(1, 9, 10), Office.AddWorkingMinutes(At(0, 7), 8 * 60 + 10)); // starts at opening
    }

    [Fact]
    public void Working_minutes_between_count_only_open_time()
    {
        Assert.Equal(8 * 60, Office.WorkingMinutesBetween(At(0, 0), At(1, 0)));
        Assert.Equal(5 * 8 * 60, Office.WorkingMinutesBetween(At(0, 0), At(7, 0)));
        Assert.Equal(30, Office.WorkingMinutesBetween(At(0, 16, 30), At(1, 9)));
        Assert.Equal(0, Office.WorkingMinutesBetween(At(5, 0), At(7, 0)));
    }

    [Fact]
    public void Deadline_is_the_close_of_the_nth_working_day_after_submission()
    {
        Assert.Equal(At(1, 17), Office.DeadlineAfter(At(0, 10), 1));
        Assert.Equal(At(7, 17), Office.DeadlineAfter(At(4, 10), 1)); // Friday + 1 working day = Monday
        Assert.Equal(At(14, 17), Office.DeadlineAfter(At(0, 10), 10));
    }

    [Fact]
    public void Always_open_offices_never_wait()
    {
        Assert.True(OfficeHours.Always.IsOpen(At(6, 3)));
        Assert.Equal(At(6, 3, 30), OfficeHours.Always.AddWorkingMinutes(At(6, 3), 30));
        Assert.Equal(SimTime.MinutesPerWeek, OfficeHours.Always.WorkingMinutesBetween(0, SimTime.MinutesPerWeek));
    }
}
