using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace GovSim.Experiments.Results;

/// <summary>
/// How the two large tables of a results folder (cases and timeseries) are stored: CSV, the results contract, or
/// Parquet, typed and compressed, which R (arrow), pandas and DuckDB read in a fraction of the time and space.
/// </summary>
public enum TableFormat
{
    Csv,
    Parquet,
}

/// <summary>
/// Turns finished CSV tables into Parquet. The CSV is still written first, row by row as the run goes, so the run and
/// sweep writers, the sweep's parts and --resume need no second code path; the conversion then reads it back
/// <see cref="RowGroupSize"/> rows at a time, one row group each, so that a million-row table never sits in memory.
/// Column types follow the column names (see <see cref="FieldOf"/>), the same contract the CSV header states.
/// </summary>
public static class ParquetExport
{
    /// <summary>Rows per row group: large enough for good compression, small enough to keep memory bounded.</summary>
    public const int RowGroupSize = 100_000;

    /// <summary>The tables that <see cref="TableFormat.Parquet"/> applies to; the others are small and stay CSV.</summary>
    public static readonly (string Name, string[] Columns)[] Tables =
        [("cases", ResultTables.CaseColumns), ("timeseries", ResultTables.TimeseriesColumns)];

    private static readonly HashSet<string> Strings =
        ["run_id", "case_id", "service", "region", "digital_group", "outcome", "scope", "channel", "department", "function"];

    private static readonly HashSet<string> Booleans = ["on_time", "in_warmup", "fallback"];

    // Counts that can outgrow 32 bits in a large population or a very long run.
    private static readonly HashSet<string> Longs = ["citizen_id", "day"];

    private static readonly HashSet<string> Ints =
        ["trips", "proofs_by_citizen", "messages", "escalations", "leader_interventions", "rework", "staff", "queue_at_midnight", "arrivals", "completions"];

    /// <summary>The value of --format; an <see cref="InputException"/> otherwise.</summary>
    public static TableFormat ParseFormat(string? text) => text switch
    {
        null or "csv" => TableFormat.Csv,
        "parquet" => TableFormat.Parquet,
        _ => throw new InputException($"--format {text}: expected csv or parquet."),
    };

    /// <summary>
    /// The column's Parquet type, from its name: strings for ids, names and categories, booleans for true/false
    /// columns, integers for counts, and nullable doubles for measurements, whose empty CSV field (not reached, no
    /// case in the group) becomes null.
    /// </summary>
    public static DataField FieldOf(string column) => column switch
    {
        _ when Strings.Contains(column) => new DataField<string>(column),
        _ when Booleans.Contains(column) => new DataField<bool>(column),
        _ when Longs.Contains(column) => new DataField<long>(column),
        _ when Ints.Contains(column) || column.StartsWith("steps_", StringComparison.Ordinal) => new DataField<int>(column),
        _ => new DataField<double?>(column),
    };

    public static ParquetSchema SchemaOf(IEnumerable<string> columns) => new(columns.Select(c => (Field)FieldOf(c)));

    /// <summary>
    /// Leaves the large tables of a folder in <paramref name="format"/>: for Parquet, each CSV that exists (a sweep
    /// may not write cases) is converted and deleted; for CSV, a Parquet file left by an earlier --format parquet of
    /// the same sweep is deleted, so that a resumed folder never holds two versions of a table.
    /// </summary>
    /// <param name="file">The path of a file in the folder, from its name.</param>
    public static async Task ApplyAsync(TableFormat format, Func<string, string> file, CancellationToken cancel = default)
    {
        foreach (var (name, columns) in Tables)
        {
            string csv = file($"{name}.csv"), parquet = file($"{name}.parquet");
            if (format == TableFormat.Csv)
            {
                if (File.Exists(csv)) File.Delete(parquet);
            }
            else if (File.Exists(csv))
            {
                await ConvertAsync(csv, parquet, SchemaOf(columns), cancel);
                File.Delete(csv);
            }
        }
    }

    /// <summary>
    /// Writes the CSV table at <paramref name="csvPath"/> to <paramref name="parquetPath"/> with
    /// <paramref name="schema"/>, whose fields must be the CSV header in order. The file appears complete or not at
    /// all (a temporary file, then a rename). A field that does not fit its type is a bug in the writer, not a user
    /// error, and throws <see cref="InvalidDataException"/>.
    /// </summary>
    public static async Task ConvertAsync(string csvPath, string parquetPath, ParquetSchema schema, CancellationToken cancel = default)
    {
        var fields = schema.GetDataFields();
        var columns = fields.Select(ColumnOf).ToArray();
        var temp = $"{parquetPath}.tmp-{Environment.ProcessId}";
        try
        {
            using (var reader = new StreamReader(csvPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16))
            await using (var stream = File.Create(temp))
            await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancel))
            {
                using var records = Records(reader).GetEnumerator();
                var header = records.MoveNext() ? records.Current : [];
                if (!header.SequenceEqual(fields.Select(f => f.Name)))
                    throw new InvalidDataException($"{csvPath}: the header is {string.Join(",", header)}; expected {string.Join(",", fields.Select(f => f.Name))}.");
                long row = 0;
                var rows = 0;
                while (records.MoveNext())
                {
                    row++;
                    var record = records.Current;
                    if (record.Length != columns.Length)
                        throw new InvalidDataException($"{csvPath}, row {row}: {record.Length} fields where the header has {columns.Length}.");
                    for (var i = 0; i < columns.Length; i++)
                        if (!columns[i].TrySet(rows, record[i]))
                            throw new InvalidDataException($"{csvPath}, row {row}: {fields[i].Name} is \"{record[i]}\"; expected a {fields[i].ClrType.Name}.");
                    if (++rows < RowGroupSize) continue;
                    await WriteGroupAsync(writer, columns, rows, cancel);
                    rows = 0;
                }

                if (rows > 0) await WriteGroupAsync(writer, columns, rows, cancel);
            }

            File.Move(temp, parquetPath, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, Column[] columns, int rows, CancellationToken cancel)
    {
        using var group = writer.CreateRowGroup();
        foreach (var column in columns) await column.WriteAsync(group, rows, cancel);
        group.CompleteValidate();
    }

    /// <summary>The records of a CSV file as the <see cref="Csv"/> writer makes them (RFC 4180), streamed.</summary>
    private static IEnumerable<string[]> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var pending = false;
        for (int c; (c = reader.Read()) >= 0;)
        {
            pending = true;
            if (quoted)
            {
                if (c != '"') field.Append((char)c);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return [.. fields];
                fields.Clear();
                pending = false;
            }
            else if (c != '\r') field.Append((char)c);
        }

        if (!pending) yield break;
        fields.Add(field.ToString());
        yield return [.. fields];
    }

    private static Column ColumnOf(DataField field)
    {
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>)) // Parquet.Net 6 types text columns as the latter
            return new Column<string>(field, (string s, out string v) => (v = s) is not null, (g, f, v, n, _) => g.WriteAsync(f, new ArraySegment<string>(v, 0, n)));
        if (type == typeof(bool) && !field.IsNullable)
            return new Column<bool>(field, (string s, out bool v) => (v = s == "true") || s == "false", (g, f, v, n, c) => g.WriteAsync(f, new ReadOnlyMemory<bool>(v, 0, n), cancellationToken: c));
        if (type == typeof(int) && !field.IsNullable)
            return new Column<int>(field, (string s, out int v) => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v),
                (g, f, v, n, c) => g.WriteAsync(f, new ReadOnlyMemory<int>(v, 0, n), cancellationToken: c));
        if (type == typeof(long) && !field.IsNullable)
            return new Column<long>(field, (string s, out long v) => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v),
                (g, f, v, n, c) => g.WriteAsync(f, new ReadOnlyMemory<long>(v, 0, n), cancellationToken: c));
        if (type == typeof(double) && field.IsNullable)
            return new Column<double?>(field, ParseOptionalDouble, (g, f, v, n, c) => g.WriteAsync(f, new ReadOnlyMemory<double?>(v, 0, n), cancellationToken: c));
        throw new ArgumentException($"{field.Name}: {(field.IsNullable ? "nullable " : "")}{type.Name} columns are not supported.", nameof(field));
    }

    private static bool ParseOptionalDouble(string text, out double? value)
    {
        value = null;
        if (text.Length == 0) return true;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)) return false;
        value = x;
        return true;
    }

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>One column of the row group being filled.</summary>
    private abstract class Column
    {
        /// <returns>False when the text is not a value of the column's type.</returns>
        public abstract bool TrySet(int row, string text);

        public abstract Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancel);
    }

    private sealed class Column<T>(DataField field, TryParse<T> parse, Func<ParquetRowGroupWriter, DataField, T[], int, CancellationToken, Task> write)
        : Column
    {
        private readonly T[] _values = new T[RowGroupSize];

        public override bool TrySet(int row, string text) => parse(text, out _values[row]);

        public override Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancel) => write(group, field, _values, rows, cancel);
    }
}
