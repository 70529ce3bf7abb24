using System.CommandLine;
using GovSim.Experiments.Scenarios;

namespace GovSim.Cli;

/// <summary>`govsim validate FILE`: lists every problem of a scenario file; exit 2 if there is any.</summary>
public static class ValidateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("FILE") { Description = "Scenario or sweep file to check." };
        var set = new Option<string[]>("--set") { Description = "Check with these overrides applied; repeatable." };
        var command = new Command("validate", "Check a scenario or sweep file and explain its problems.") { file, set };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (IsSweep(path))
            {
                var plan = GovSim.Experiments.Sweeps.SweepPlan.Load(path); // every point is checked as a scenario
                stdout.WriteLine($"{path}: valid sweep of {plan.Runs.Count} runs.");
                return GovSimCommand.Ok;
            }

            var (_, problems) = ScenarioLoader.TryLoad(path, parse.GetValue(set) ?? []);
            if (problems.Count == 0)
            {
                stdout.WriteLine($"{path}: valid.");
                return GovSimCommand.Ok;
            }

            foreach (var p in problems) parse.InvocationConfiguration.Error.WriteLine($"govsim: {p}");
            return GovSimCommand.InvalidInput;
        });
        return command;
    }

    /// <summary>A sweep file names its base scenario and its axes; a scenario file has neither key.</summary>
    private static bool IsSweep(string path) =>
        YamlFile.Read(path, "scenario").Root is YamlDotNet.RepresentationModel.YamlMappingNode root &&
        root.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().Any(k => k.Value is "scenario" or "axes");
}
