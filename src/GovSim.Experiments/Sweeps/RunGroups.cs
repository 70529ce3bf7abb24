using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Sweeps;

/// <summary>The runs of a runs.csv grouped by setting (the values of the parameters that vary, mode aside) and mode.</summary>
public sealed class RunGroups
{
    private readonly CsvTable _runs;
    private readonly Dictionary<(string Setting, string Mode), List<string[]>> _groups = [];

    private RunGroups(CsvTable runs, List<string> varying)
    {
        _runs = runs;
        Varying = varying;
        var modeColumn = runs.Column("mode");
        foreach (var row in runs.Rows)
        {
            var key = (SettingOf(row), row[modeColumn]);
            if (!_groups.TryGetValue(key, out var list)) _groups[key] = list = [];
            list.Add(row);
        }

        Settings = _groups.Keys.Select(k => k.Setting).Distinct().Order(SettingOrder.Instance).ToList();
    }

    /// <summary>Parameter columns whose value differs between runs.</summary>
    public List<string> Varying { get; }

    public List<string> Settings { get; }

    public IReadOnlyList<string> AllModes => _groups.Keys.Select(k => k.Mode).Distinct().Order(StringComparer.Ordinal).ToList();

    public static RunGroups Of(CsvTable runs)
    {
        var first = runs.Column("replication") + 1;
        var last = runs.Column("cases_submitted");
        var varying = Enumerable.Range(first, Math.Max(0, last - first))
            .Where(c => runs.Rows.Select(r => r[c]).Distinct().Count() > 1)
            .Select(c => runs.Header[c])
            .ToList();
        return new RunGroups(runs, varying);
    }

    /// <summary>The setting and mode of each run, by run id.</summary>
    public Dictionary<string, (string Setting, string Mode)> RunKeys() =>
        _runs.Rows.ToDictionary(r => r[_runs.Column("run_id")], r => (SettingOf(r), r[_runs.Column("mode")]), StringComparer.Ordinal);

    public List<string> Modes(string setting) =>
        _groups.Keys.Where(k => k.Setting == setting).Select(k => k.Mode).Order(StringComparer.Ordinal).ToList();

    public List<double> Values(string setting, string mode, string outcome) => Values(_groups.GetValueOrDefault((setting, mode)) ?? [], outcome);

    /// <summary>An outcome over every run of a mode, whatever the setting.</summary>
    public List<double> Values(string mode, string outcome) =>
        Values(_groups.Where(g => g.Key.Mode == mode).SelectMany(g => g.Value).ToList(), outcome);

    /// <summary>Every run of a mode in a setting as (seed, outcome), the outcome null where missing: for paired tests.</summary>
    public List<(string Seed, double? Value)> Rows(string setting, string mode, string outcome) =>
        SeededValues(_groups.GetValueOrDefault((setting, mode)) ?? [], outcome);

    /// <summary>Rows of runs.csv as (seed, outcome), for any selection of rows.</summary>
    public List<(string Seed, double? Value)> SeededValues(IEnumerable<string[]> rows, string outcome)
    {
        int seed = _runs.Column("seed"), column = _runs.Column(outcome);
        return rows.Select(r => (r[seed], column < 0 ? null : CsvTable.Number(r[column]))).ToList();
    }

    /// <summary>Every run's row of runs.csv.</summary>
    public IReadOnlyList<string[]> AllRows => _runs.Rows;

    /// <summary>A column's value in a row of runs.csv ("" if there is no such column).</summary>
    public string Cell(string[] row, string column) => _runs.Column(column) is var c and >= 0 ? row[c] : "";

    /// <summary>The value of a parameter in a setting.</summary>
    public string ValueOf(string setting, string parameter)
    {
        var row = _groups.First(g => g.Key.Setting == setting).Value[0];
        return row[_runs.Column(parameter)];
    }

    private List<double> Values(List<string[]> rows, string outcome)
    {
        var column = _runs.Column(outcome);
        return column < 0 ? [] : rows.Select(r => CsvTable.Number(r[column])).Where(x => x.HasValue).Select(x => x!.Value).ToList();
    }

    private string SettingOf(string[] row) => string.Join(", ", Varying.Select(v => $"{v}={row[_runs.Column(v)]}"));

    /// <summary>Orders settings by their values, numerically where they are numbers.</summary>
    private sealed class SettingOrder : IComparer<string>
    {
        public static readonly SettingOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? "").Split(", ");
            var b = (y ?? "").Split(", ");
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var va = a[i][(a[i].IndexOf('=') + 1)..];
                var vb = b[i][(b[i].IndexOf('=') + 1)..];
                var c = CsvTable.Number(va) is { } na && CsvTable.Number(vb) is { } nb ? na.CompareTo(nb) : string.CompareOrdinal(va, vb);
                if (c != 0) return c;
            }

            return a.Length.CompareTo(b.Length);
        }
    }
}
