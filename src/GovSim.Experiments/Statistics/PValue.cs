using System.Globalization;

namespace GovSim.Experiments.Statistics;

/// <summary>
/// p-values as reports print them. A referee wants the value, not "&lt; 0.001", and never "0" (no test gives p = 0):
/// below 0.001 two significant digits in scientific notation ("4.4e-10"), otherwise three decimals ("0.027").
/// Below 1e-300 the double is no longer trusted — it may have underflowed to 0 or lost digits in the subnormal
/// range — so such a p is written as the bound "&lt;1e-300".
/// </summary>
public static class PValue
{
    /// <summary>Smallest p printed as a value; anything below is written "&lt;1e-300".</summary>
    public const double Floor = 1e-300;

    /// <summary>Text of <paramref name="p"/>; "–" when the test could not be computed (null).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is NaN or outside [0, 1]: a bug upstream, not a result.</exception>
    public static string Format(double? p) => p switch
    {
        null => "–",
        { } v when !(v >= 0 && v <= 1) => throw new ArgumentOutOfRangeException(nameof(p), v, "a p-value lies in [0, 1]"),
        < Floor => "<1e-300",
        < 0.001 => p.Value.ToString("0.0e0", CultureInfo.InvariantCulture),
        _ => p.Value.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
