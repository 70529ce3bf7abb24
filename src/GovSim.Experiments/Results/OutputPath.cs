namespace GovSim.Experiments.Results;

/// <summary>
/// Checks a results folder path before anything is written, so that a path that cannot work is a user error with
/// one sentence (exit 2), not a failure half-way: empty, under a file, or where the folder cannot be created.
/// </summary>
public static class OutputPath
{
    /// <summary>The full path, its parent created; throws an <see cref="InputException"/> naming <paramref name="option"/>.</summary>
    public static string Prepare(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new InputException($"{option}: expected the path of a results folder, found nothing.");
        string full;
        try
        {
            full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException($"{option}: \"{path}\" is not a usable path ({e.Message.TrimEnd('.')}); expected the path of a results folder.");
        }

        if (full.Length == 0) throw new InputException($"{option}: expected a results folder, not the root of the file system.");
        if (File.Exists(full)) throw new InputException($"{option}: a file of that name exists; expected a new or empty folder.");
        for (var dir = Path.GetDirectoryName(full); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
            if (File.Exists(dir))
                throw new InputException($"{option}: {dir} is a file, so no folder can be made under it; expected a path under a folder.");

        var parent = Path.GetDirectoryName(full) ?? ".";
        try
        {
            Directory.CreateDirectory(parent);
            // Writing is the only sure test (permissions, read-only mounts, /proc).
            var probe = Path.Combine(parent, $".govsim-probe-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputException($"{option}: cannot write in {parent} ({e.Message.TrimEnd('.')}); expected a folder you can write to.");
        }

        return full;
    }
}
