using System.Globalization;
using System.Text.Json;

namespace GovSim.Classroom;

/// <summary>
/// A teacher's control request, checked before anything changes: an action the page knows and a value in its range.
/// A bad one gets one sentence (HTTP 400).
/// </summary>
public sealed record ClassroomControl(string Action, JsonElement? Value)
{
    public static readonly string[] Actions = ["play", "pause", "step", "reset", "speed", "demand", "push", "maturity", "skills", "outage", "scenario"];

    /// <summary>The value as a number within [min, max], or a sentence saying what was expected.</summary>
    public (double Number, string? Error) NumberIn(double min, double max, string what)
    {
        double? number = Value switch
        {
            { ValueKind: JsonValueKind.Number } v => v.GetDouble(),
            { ValueKind: JsonValueKind.String } v when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
        if (number is not { } n || !double.IsFinite(n) || n < min || n > max)
            return (0, string.Create(CultureInfo.InvariantCulture, $"{Action}: expected {what} from {min} to {max}, found {Describe()}."));
        return (n, null);
    }

    public string? Text => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    public string Describe() => Value is { } v ? Truncate(v.GetRawText()) : "nothing";

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
