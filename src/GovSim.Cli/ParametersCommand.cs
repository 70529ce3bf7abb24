using System.CommandLine;
using GovSim.Experiments.Scenarios;

namespace GovSim.Cli;

/// <summary>`govsim parameters`: prints the scenario parameter reference (a Markdown table) from the code itself.</summary>
public static class ParametersCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("parameters", "Print the reference table of every scenario key, its type, default, range and meaning.");
        command.SetAction(_ =>
        {
            stdout.Write(ParameterReference.Markdown());
            return GovSimCommand.Ok;
        });
        return command;
    }
}
