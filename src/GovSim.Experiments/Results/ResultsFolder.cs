namespace GovSim.Experiments.Results;

/// <summary>
/// A results folder written atomically: files go into a hidden sibling folder that is renamed into place only when
/// every file is complete, so an interrupted or failed run never leaves a folder that looks finished.
/// </summary>
public sealed class ResultsFolder : IDisposable
{
    private readonly FolderLock _lock;
    private bool _committed;

    private ResultsFolder(string finalPath, string workPath, FolderLock folderLock)
    {
        FinalPath = finalPath;
        WorkPath = workPath;
        _lock = folderLock;
    }

    public string FinalPath { get; }
    public string WorkPath { get; }

    /// <summary>
    /// Checks that <paramref name="path"/> can be written and is new or empty, takes the folder's lock (one writer per
    /// folder) and opens a work folder beside it.
    /// </summary>
    public static ResultsFolder Create(string path, string? option = null)
    {
        option ??= $"--out {path}";
        var full = OutputPath.Prepare(path, option);
        var folderLock = FolderLock.Take(full, option);
        try
        {
            if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
                throw new InputException($"{option}: the folder already holds files; expected a new or empty folder, so that no results are overwritten.");
            var parent = Path.GetDirectoryName(full) ?? ".";
            var work = Path.Combine(parent, $".tmp-{Path.GetFileName(full)}-{Environment.ProcessId}");
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
            Directory.CreateDirectory(work);
            return new ResultsFolder(full, work, folderLock);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
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
        _lock.Dispose();
    }
}
