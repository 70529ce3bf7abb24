using System.Globalization;
using GovSim.Model.Scenario;

namespace GovSim.Classroom;

/// <summary>
/// A control that changes the run from the current simulated instant: its range, and the intervention and log line it
/// makes of a value.
/// </summary>
public sealed record ClassroomChange(double Min, double Max, string Expected, Func<double, double, InterventionSpec> At, Func<double, string> Describe)
{
    public static readonly IReadOnlyDictionary<string, ClassroomChange> All = new Dictionary<string, ClassroomChange>(StringComparer.Ordinal)
    {
        ["demand"] = new(0, 40, "cases per hour", (h, v) => new() { AtHours = h, ArrivalsRatePerHour = v }, v => Text($"Demand set to {v:0.#} cases per hour")),
        ["push"] = new(0, 1, "a push", (h, v) => new() { AtHours = h, LeadersPush = v }, v => Text($"Every leader's push set to {v:0.##}")),
        ["maturity"] = new(0, 1, "a digital maturity", (h, v) => new() { AtHours = h, DigitalMaturity = v },
            v => Text($"Every department's digital maturity set to {v:0.##}")),
        ["skills"] = new(0, 1, "a share of citizens", (h, v) => new() { AtHours = h, UnskilledShare = v },
            v => Text($"Citizens without digital skills set to {v:P0}")),
        ["outage"] = new(1, 72, "hours", (h, v) => new() { AtHours = h, PlatformDownHours = v }, v => Text($"Platform taken down for {v:0.#} hours")),
    };

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
