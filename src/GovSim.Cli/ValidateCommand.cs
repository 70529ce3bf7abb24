using System.CommandLine;
using GovSim.Experiments.Scenarios;

namespace GovSim.Cli;

/// <summary>`govsim validate FILE`: lists every problem of a scenario file; exit 2 if there is any.</summary>
public static class ValidateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("FILE") { Description = "Scenario file to check." };
        var set = new Option<string[]>("--set") { Description = "Check with these overrides applied; repeatable." };
        var command = new Command("validate", "Check a scenario file and explain every problem.") { file, set };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
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
}
