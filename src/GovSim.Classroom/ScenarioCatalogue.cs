using GovSim.Experiments.Running;

namespace GovSim.Classroom;

/// <summary>The scenarios a teacher can pick: the default one and each experiment's base scenario, by name.</summary>
public static class ScenarioCatalogue
{
    public static IReadOnlyDictionary<string, string> Find()
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["default"] = ProjectPaths.DefaultScenario };
        var experiments = Path.Combine(ProjectPaths.Root, "experiments");
        if (Directory.Exists(experiments))
            foreach (var file in Directory.GetFiles(experiments, "scenario.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                found[Path.GetFileName(Path.GetDirectoryName(file)!)] = file;
        return found;
    }
}
