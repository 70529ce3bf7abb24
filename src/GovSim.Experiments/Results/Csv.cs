using System.Globalization;
using System.Text;

namespace GovSim.Experiments.Results;

/// <summary>
/// A CSV table as the results contract wants it: RFC 4180 quoting, invariant culture, UTF-8 without BOM, "\n" line
/// ends. Numbers are written in their shortest round-trip form after rounding to six decimals, so files are stable
/// and readable by R and pandas.
/// </summary>
public sealed class Csv(IEnumerable<string> header)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly StringBuilder _text = new(Line(header));

    public void Add(IEnumerable<string> fields) => _text.Append(Line(fields));

    public override string ToString() => _text.ToString();

    public void WriteTo(string path) => File.WriteAllText(path, _text.ToString(), Utf8);

    public static string Number(double value) =>
        double.IsFinite(value) ? Math.Round(value, 6).ToString(CultureInfo.InvariantCulture) : "";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An optional number: empty (NA in R, NaN in pandas) when absent.</summary>
    public static string Number(double? value) => value is { } v ? Number(v) : "";

    public static string Bool(bool value) => value ? "true" : "false";

    private static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Quote)) + "\n";

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
