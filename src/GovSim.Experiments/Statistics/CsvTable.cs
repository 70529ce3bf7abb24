using System.Globalization;
using System.Text;

namespace GovSim.Experiments.Statistics;

/// <summary>A CSV file read back (RFC 4180: quoted fields, doubled quotes), for reports built from a results folder.</summary>
public sealed class CsvTable
{
    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }
    public List<string[]> Rows { get; }

    public int Column(string name) => Array.IndexOf(Header, name);

    public static double? Number(string field) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : null;

    public static CsvTable Read(string path)
    {
        var (records, _) = Parse(File.ReadAllText(path));
        return new CsvTable(records.Count == 0 ? [] : records[0], records.Skip(1).ToList());
    }

    /// <summary>
    /// Reads a table a report depends on and checks it is one: text, a header with the <paramref name="required"/>
    /// columns, at least one row, and every row as wide as the header (a file cut off mid-row is not). Throws an
    /// <see cref="InputException"/> naming the file and line.
    /// </summary>
    public static CsvTable ReadChecked(string path, IReadOnlyList<string> required, string what)
    {
        if (TextInput.Decode(File.ReadAllBytes(path), out var text) is { } notText)
            throw new InputException($"{path}: the file {notText}; expected {what}.");

        var (records, unterminated) = Parse(text);
        if (records.Count == 0) throw new InputException($"{path}: the file is empty; expected {what}.");
        var header = records[0];
        var missing = required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new InputException($"{path}, line 1: the header lacks {string.Join(", ", missing)}; expected {what}.");
        if (records.Count == 1) throw new InputException($"{path}: the file has a header but no rows; expected {what} with at least one run.");
        for (var i = 1; i < records.Count; i++)
            if (records[i].Length != header.Length)
                throw new InputException($"{path}, line {i + 1}: {records[i].Length} fields where the header has {header.Length} (the file may be cut off); expected {what}.");
        if (unterminated) throw new InputException($"{path}: the file ends inside a quoted field (it is cut off); expected {what}.");
        return new CsvTable(header, records.Skip(1).ToList());
    }

    private static (List<string[]> Records, bool Unterminated) Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else if (c != '\r') field.Append(c);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return (records, quoted);
    }
}
