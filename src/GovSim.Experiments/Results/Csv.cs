using System.Globalization;
using System.Text;

namespace GovSim.Experiments.Results;

/// <summary>
/// A CSV table as the results contract wants it: RFC 4180 quoting, invariant culture, UTF-8 without BOM, "\n" line
/// ends. Numbers are written in their shortest round-trip form after rounding to six decimals, so files are stable
/// and readable by R and pandas. A table is kept in memory (small tables, a sweep's parts) or streamed to its file
/// row by row (<see cref="ToFile"/>), so that a million cases never sit in memory as text.
/// </summary>
public sealed class Csv : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly TextWriter _writer;
    private readonly StringWriter? _memory;

    public Csv(IEnumerable<string> header)
    {
        _writer = _memory = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Add(header);
    }

    private Csv(TextWriter writer, IEnumerable<string> header)
    {
        _writer = writer;
        Add(header);
    }

    /// <summary>A table written straight to <paramref name="path"/> as rows are added; dispose it to finish the file.</summary>
    public static Csv ToFile(string path, IEnumerable<string> header) =>
        new(new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16) { NewLine = "\n" }, header);

    public void Add(IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) _writer.Write(',');
            first = false;
            if (field.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                _writer.Write('"');
                _writer.Write(field.Replace("\"", "\"\""));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(field);
            }
        }

        _writer.Write('\n');
    }

    /// <summary>In memory, or streamed to <paramref name="path"/> when one is given.</summary>
    public static Csv Create(string? path, IEnumerable<string> header) => path is null ? new Csv(header) : ToFile(path, header);

    public override string ToString() => _memory?.ToString() ?? throw new InvalidOperationException("A streamed table is in its file, not in memory.");

    public void WriteTo(string path) => File.WriteAllText(path, ToString(), Utf8);

    public void Dispose() => _writer.Dispose();

    public static string Number(double value) =>
        double.IsFinite(value) ? Math.Round(value, 6).ToString(CultureInfo.InvariantCulture) : "";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An optional number: empty (NA in R, NaN in pandas) when absent.</summary>
    public static string Number(double? value) => value is { } v ? Number(v) : "";

    public static string Bool(bool value) => value ? "true" : "false";
}
