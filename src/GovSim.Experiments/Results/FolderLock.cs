using System.Diagnostics;
using System.Globalization;

namespace GovSim.Experiments.Results;

/// <summary>
/// One writer per results folder: a lock file beside the folder (".&lt;name&gt;.lock", holding the owner's process id),
/// created exclusively before anything is written and removed when the owner is done. A lock whose owner is no longer
/// alive (it was killed) is stale and taken over, so a crash never blocks the folder for good.
/// </summary>
public sealed class FolderLock : IDisposable
{
    private readonly string _path;

    private FolderLock(string path) => _path = path;

    /// <summary>Takes the lock of <paramref name="folder"/> or throws an <see cref="InputException"/> naming its owner.</summary>
    public static FolderLock Take(string folder, string option)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? ".";
        var path = Path.Combine(parent, $".{Path.GetFileName(full)}.lock");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
                stream.Write(pid);
                return new FolderLock(path);
            }
            catch (IOException) when (File.Exists(path))
            {
                var owner = Owner(path);
                if (owner is null)
                {
                    Thread.Sleep(100); // just created by another process, its id not yet written
                    owner = Owner(path);
                }

                if (owner is { } pid && pid != Environment.ProcessId && Alive(pid))
                    throw new InputException($"{option}: another govsim (process {pid}) is writing to this folder; expected one writer per folder — wait for it, or choose another folder.");
                TryDelete(path); // stale: its owner died without cleaning up
            }
        }

        throw new InputException($"{option}: cannot take the lock file {path}; expected one writer per folder.");
    }

    public void Dispose() => TryDelete(_path);

    private static int? Owner(string path)
    {
        try
        {
            return int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
