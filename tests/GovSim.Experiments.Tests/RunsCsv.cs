namespace GovSim.Experiments.Tests;

/// <summary>runs.csv of a results folder as text, without wall_seconds: the one column two equal runs may differ in.</summary>
public static class RunsCsv
{
    public static string WithoutWall(string folder)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, "runs.csv"));
        var wall = Array.IndexOf(lines[0].Split(','), "wall_seconds");
        return string.Join('\n', lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != wall))));
    }
}
