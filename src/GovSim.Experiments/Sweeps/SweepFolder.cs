using System.Text.Json.Nodes;
using GovSim.Experiments.Results;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// A sweep's results folder. Each finished run leaves its files in parts/&lt;run id&gt;/, written atomically, run.csv
/// last: a run is complete exactly when parts/&lt;run id&gt;/run.csv exists. That is what --resume trusts, so a sweep
/// killed at any moment (even by SIGKILL) resumes without duplicating or losing a row; runs.csv, which grows as runs
/// finish, is rebuilt from the parts on resume and sorted by run id at the end.
/// </summary>
public sealed class SweepFolder(string path)
{
    public static readonly string[] Tables = ["runs.csv", "cases.csv", "timeseries.csv", "indicators.csv", "breakdown.csv"];

    public string Path { get; } = System.IO.Path.GetFullPath(path);
    public string Parts => System.IO.Path.Combine(Path, "parts");
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public string PartOf(string runId, string table) => System.IO.Path.Combine(Parts, runId, table == "runs.csv" ? "run.csv" : table);

    public bool IsComplete(string runId) => System.IO.File.Exists(PartOf(runId, "runs.csv"));

    /// <summary>Checks the folder may take this sweep's results (its path was checked by OutputPath); throws an InputException otherwise.</summary>
    public void Claim(SweepPlan plan, bool resume, string option)
    {
        if (!Directory.Exists(Path) || !Directory.EnumerateFileSystemEntries(Path).Any()) return;
        var manifest = File("manifest.json");
        var owner = System.IO.File.Exists(manifest) ? JsonNode.Parse(System.IO.File.ReadAllText(manifest))?["sweep"]?.GetValue<string>() : null;
        if (owner != plan.Spec.Name)
            throw new InputException($"{option}: the folder already holds {(owner is null ? "other files" : $"the results of sweep \"{owner}\"")}; expected a new folder or one of sweep \"{plan.Spec.Name}\", so that nothing is overwritten.");
        if (!resume)
            throw new InputException($"{option}: the folder already holds results of sweep \"{plan.Spec.Name}\"; add --resume to continue it, or choose another folder.");
    }

    /// <summary>Stores a finished run's tables, run.csv last.</summary>
    public void WritePart(string runId, IReadOnlyDictionary<string, Csv> tables)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Parts, runId));
        foreach (var (table, csv) in tables.Where(t => t.Key != "runs.csv")) AtomicFile.Write(PartOf(runId, table), csv.ToString());
        AtomicFile.Write(PartOf(runId, "runs.csv"), tables["runs.csv"].ToString());
    }

    /// <summary>Rebuilds a merged table from the parts of complete runs, sorted by run id.</summary>
    public void Merge(string table, IEnumerable<string> runIds)
    {
        var parts = runIds.Where(IsComplete).Order(StringComparer.Ordinal).Select(id => PartOf(id, table)).Where(System.IO.File.Exists).ToList();
        if (parts.Count > 0) AtomicFile.Write(File(table), CsvMerge.Join(parts));
    }
}
