namespace GovSim.Experiments.Running;

/// <summary>Finds the checkout (the folder holding GovSim.sln) so defaults work from any working directory inside it.</summary>
public static class ProjectPaths
{
    public static string Root { get; } = Find(Directory.GetCurrentDirectory()) ?? Find(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    public static string DefaultScenario => Path.Combine(Root, "experiments", "scenarios", "default.yaml");

    public static string ResultsDir => Path.Combine(Root, "results");

    /// <summary>A path relative to the checkout when it lies inside it (portable manifests), else absolute.</summary>
    public static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative;
    }

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GovSim.sln"))) return dir.FullName;
        return null;
    }
}
