using ScottPlot;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// One fixed colour per coordination mode, the same in every plot and whatever other modes a sweep holds, so a reader
/// who learnt "administrative is blue" in one figure can trust it in the next. The colours are the Okabe–Ito palette,
/// which stays distinguishable under the common forms of colour blindness.
/// </summary>
public static class ModeColours
{
    /// <summary>The modes in their canonical order (the order of the README and of scenario files), used for legends and axes.</summary>
    public static IReadOnlyList<string> Known { get; } = ["administrative", "market", "network", "cyborg", "mosaic"];

    private static readonly Dictionary<string, Color> Fixed = new(StringComparer.Ordinal)
    {
        ["administrative"] = Color.FromHex("#0072B2"), // blue
        ["market"] = Color.FromHex("#E69F00"), // orange
        ["network"] = Color.FromHex("#009E73"), // bluish green
        ["cyborg"] = Color.FromHex("#D55E00"), // vermillion
        ["mosaic"] = Color.FromHex("#CC79A7"), // reddish purple
    };

    // The rest of Okabe–Ito for modes a future version may add (yellow is left out: it vanishes on white).
    private static readonly Color[] Spare = [Color.FromHex("#56B4E9"), Color.FromHex("#000000"), Color.FromHex("#999999")];

    /// <summary>
    /// The colour of a mode. Unknown modes get a spare colour chosen from the name alone (not from the modes present),
    /// so it too is stable across plots.
    /// </summary>
    public static Color Of(string mode)
    {
        if (Fixed.TryGetValue(mode, out var colour)) return colour;
        var hash = 0;
        foreach (var c in mode) hash = unchecked(hash * 31 + c); // string.GetHashCode is randomised per process
        return Spare[(int)((uint)hash % Spare.Length)];
    }

    /// <summary>Modes in canonical order, unknown ones after the known, alphabetically.</summary>
    public static List<string> Ordered(IEnumerable<string> modes) =>
        modes.Distinct(StringComparer.Ordinal)
            .OrderBy(m => Known.Contains(m) ? Known.ToList().IndexOf(m) : Known.Count)
            .ThenBy(m => m, StringComparer.Ordinal)
            .ToList();
}
