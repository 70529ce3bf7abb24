namespace GovSim.Experiments.Results;

/// <summary>Writes a file so that it is either absent or complete: a temporary file in the same folder, then a rename.</summary>
public static class AtomicFile
{
    public static void Write(string path, string text)
    {
        var temp = $"{path}.tmp-{Environment.ProcessId}";
        File.WriteAllText(temp, text, new System.Text.UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
