namespace GovSim.Experiments.Results;

/// <summary>
/// A results folder written atomically: files go into a hidden sibling folder that is renamed into place only when
/// every file is complete, so an interrupted or failed run never leaves a folder that looks finished.
/// </summary>
public sealed class ResultsFolder : IDisposable
{
    private bool _committed;

    private ResultsFolder(string finalPath, string workPath)
    {
        FinalPath = finalPath;
        WorkPath = workPath;
    }

    public string FinalPath { get; }
    public string WorkPath { get; }

    /// <summary>Checks that <paramref name="path"/> is new or empty and opens a work folder beside it.</summary>
    public static ResultsFolder Create(string path)
    {
        var full = Path.GetFullPath(path);
        if (System.IO.File.Exists(full)) throw new InputException($"--out {path}: a file of that name exists; expected a new or empty folder.");
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            throw new InputException($"--out {path}: the folder already holds files; expected a new or empty folder, so that no results are overwritten.");
        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var work = Path.Combine(parent, $".tmp-{Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))}-{Environment.ProcessId}");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        return new ResultsFolder(full, work);
    }

    public string File(string name) => Path.Combine(WorkPath, name);

    public void Commit()
    {
        if (Directory.Exists(FinalPath)) Directory.Delete(FinalPath); // checked empty at creation
        Directory.Move(WorkPath, FinalPath);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(WorkPath)) Directory.Delete(WorkPath, recursive: true);
    }
}
