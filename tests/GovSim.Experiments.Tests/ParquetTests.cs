using GovSim.Experiments.Results;
using Parquet;
using Parquet.Schema;

namespace GovSim.Experiments.Tests;

/// <summary>`--format parquet`: the cases and timeseries tables as Parquet, holding exactly what the CSV holds.</summary>
public class ParquetTests
{
    private static readonly string[] Small =
        ["--engine", "reference", "--seed", "7", "--set", "population.citizens=200", "--set", "duration_days=3", "--set", "warmup_days=0"];

    [Fact]
    public async Task A_parquet_run_holds_the_rows_and_values_of_the_csv_run()
    {
        using var dir = new TempDir();
        string csvDir = dir.Sub("csv"), parquetDir = dir.Sub("parquet");
        Assert.Equal(0, (await Cli.Run(["run", .. Small, "--out", csvDir, "--format", "csv"])).ExitCode);
        Assert.Equal(0, (await Cli.Run(["run", .. Small, "--out", parquetDir, "--format", "parquet"])).ExitCode);

        Assert.False(File.Exists(Path.Combine(csvDir, "cases.parquet")));
        foreach (var table in new[] { "cases", "timeseries" })
        {
            Assert.False(File.Exists(Path.Combine(parquetDir, $"{table}.csv")), table);
            var csv = Statistics.CsvTable.Read(Path.Combine(csvDir, $"{table}.csv"));
            var (fields, rows, _) = await Read(Path.Combine(parquetDir, $"{table}.parquet"));
            Assert.Equal(csv.Header, fields.Select(f => f.Name));
            Assert.NotEmpty(rows);
            Assert.Equal(csv.Rows.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++) Assert.Equal(csv.Rows[i], rows[i]);
        }

        foreach (var other in new[] { "runs.csv", "indicators.csv", "breakdown.csv", "citizens.csv", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(parquetDir, other)), other);

        // Typed columns, not text: the comparison above goes through these types, nulls and both booleans included.
        var (caseFields, cases, _) = await Read(Path.Combine(parquetDir, "cases.parquet"));
        int Index(string name) => Array.FindIndex(caseFields, f => f.Name == name);
        Assert.Equal((typeof(long), false), (caseFields[Index("citizen_id")].ClrType, caseFields[Index("citizen_id")].IsNullable));
        Assert.Equal((typeof(bool), false), (caseFields[Index("on_time")].ClrType, caseFields[Index("on_time")].IsNullable));
        Assert.Equal((typeof(double), true), (caseFields[Index("latency_h")].ClrType, caseFields[Index("latency_h")].IsNullable));
        Assert.True(IsText(caseFields[Index("outcome")]));
        await using (var reader = await ParquetReader.CreateAsync(Path.Combine(parquetDir, "cases.parquet")))
        using (var group = reader.OpenRowGroupReader(0))
        {
            var latencies = new double?[group.RowCount];
            await group.ReadAsync(caseFields[Index("latency_h")], latencies.AsMemory());
            Assert.Contains(null, latencies); // unfinished cases: an empty field in the CSV, null here
            Assert.Contains(latencies, l => l > 0);
        }

        Assert.Equal(["false", "true"], cases.Select(r => r[Index("on_time")]).Distinct().Order());
    }

    [Fact]
    public async Task Conversion_writes_row_groups_of_bounded_size_and_keeps_quoted_fields_and_nulls()
    {
        using var dir = new TempDir();
        string[] columns = ["run_id", "day", "trips", "on_time", "latency_h"];
        var csvPath = Path.Combine(dir.Path, "t.csv");
        var rowCount = ParquetExport.RowGroupSize * 2 + 17;
        using (var csv = Csv.ToFile(csvPath, columns))
            for (var i = 0; i < rowCount; i++)
                csv.Add([i % 5 == 0 ? "a,\"b\"\nc" : "r", Csv.Number((long)i), Csv.Number((long)(i % 7)), Csv.Bool(i % 2 == 0), i % 3 == 0 ? "" : Csv.Number(i / 4.0)]);

        var parquetPath = Path.Combine(dir.Path, "t.parquet");
        await ParquetExport.ConvertAsync(csvPath, parquetPath, ParquetExport.SchemaOf(columns));
        var (_, rows, groups) = await Read(parquetPath);
        Assert.Equal(3, groups);
        Assert.Equal(Statistics.CsvTable.Read(csvPath).Rows, rows);
        Assert.Equal([parquetPath, csvPath], Directory.GetFiles(dir.Path).Order().Reverse()); // no temporary file left
    }

    [Fact]
    public async Task A_sweep_converts_only_the_merged_tables_it_wrote_and_resumes()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        var file = dir.File("sweep.yaml", $"scenario: {Running.ProjectPaths.DefaultScenario}\nname: pq\nset: [population.citizens=200, duration_days=3, warmup_days=0]\n" +
            "write_cases: false\naxes:\n  - {key: mode, values: [administrative]}\n");
        for (var pass = 0; pass < 2; pass++)
        {
            Assert.Equal(0, (await Cli.Run(["sweep", file, "--out", outDir, "--parallel", "1", "--format", "parquet", .. pass == 0 ? Array.Empty<string>() : ["--resume"]])).ExitCode);
            Assert.True(File.Exists(Path.Combine(outDir, "timeseries.parquet")));
            Assert.False(File.Exists(Path.Combine(outDir, "timeseries.csv")));
            Assert.False(File.Exists(Path.Combine(outDir, "cases.parquet")));
            Assert.True(File.Exists(Path.Combine(outDir, "summary.md")));
            Assert.Single(Directory.GetFiles(Path.Combine(outDir, "parts"), "timeseries.csv", SearchOption.AllDirectories));
        }

        var parts = Statistics.CsvTable.Read(Directory.GetFiles(Path.Combine(outDir, "parts"), "timeseries.csv", SearchOption.AllDirectories)[0]);
        Assert.Equal(parts.Rows, (await Read(Path.Combine(outDir, "timeseries.parquet"))).Rows);
    }

    [Fact]
    public async Task A_bad_format_exits_2_with_one_sentence()
    {
        using var dir = new TempDir();
        foreach (var command in new[] { "run", "sweep" })
        {
            string[] target = command == "run" ? [.. Small] : [dir.File("s.yaml", "name: x\n")];
            var result = await Cli.Run([command, .. target, "--out", dir.Sub("out"), "--format", "xml"]);
            Assert.Equal(2, result.ExitCode);
            Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("--format xml: expected csv or parquet.", result.Err);
            Assert.False(Directory.Exists(dir.Sub("out")));
        }
    }

    /// <summary>A Parquet file's rows as the CSV writer would print them, so that they compare with a CSV field by field.</summary>
    private static async Task<(DataField[] Fields, List<string[]> Rows, int Groups)> Read(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<string[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            var columns = new List<string[]>();
            foreach (var field in fields) columns.Add(await ReadColumn(group, field, n));
            for (var r = 0; r < n; r++) rows.Add(columns.Select(c => c[r]).ToArray());
        }

        return (fields, rows, reader.RowGroupCount);
    }

    private static async Task<string[]> ReadColumn(ParquetRowGroupReader group, DataField field, int n)
    {
        if (IsText(field))
        {
            var values = new string?[n];
            await group.ReadAsync(field, values.AsMemory());
            return values.Select(v => v ?? "").ToArray();
        }

        if (field.ClrType == typeof(bool)) return (await Values<bool>(group, field, n)).Select(Csv.Bool).ToArray();
        if (field.ClrType == typeof(int)) return (await Values<int>(group, field, n)).Select(v => Csv.Number(v)).ToArray();
        if (field.ClrType == typeof(long)) return (await Values<long>(group, field, n)).Select(Csv.Number).ToArray();
        var doubles = new double?[n];
        await group.ReadAsync(field, doubles.AsMemory());
        return doubles.Select(Csv.Number).ToArray();
    }

    private static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static async Task<T[]> Values<T>(ParquetRowGroupReader group, DataField field, int n) where T : struct
    {
        var values = new T[n];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }
}
