using System.CommandLine;
using GovSim.Experiments;
using GovSim.Experiments.Sweeps;

namespace GovSim.Cli;

/// <summary>`govsim report DIR`: rebuilds summary.md, summary.csv and plots from a results folder.</summary>
public static class ReportCommand
{
    public static Command Create(TextWriter stdout)
    {
        var dir = new Argument<string>("DIR") { Description = "Results folder holding runs.csv." };
        var command = new Command("report", "Rebuild summary.md, summary.csv and plots/*.png from a results folder.") { dir };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(dir)!;
            if (!File.Exists(Path.Combine(path, "runs.csv")))
                throw new InputException($"{path}: no runs.csv there; expected a results folder written by govsim run or govsim sweep.");
            try
            {
                SweepReport.Build(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"{path}: cannot write the report there ({e.Message.TrimEnd('.')}); expected a results folder you can write to.");
            }

            stdout.WriteLine($"Report rebuilt in {path}: summary.md, summary.csv, plots/.");
            return GovSimCommand.Ok;
        });
        return command;
    }
}
