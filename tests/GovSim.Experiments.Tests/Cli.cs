using GovSim.Cli;

namespace GovSim.Experiments.Tests;

/// <summary>Runs the govsim command in-process and captures what it prints.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static async Task<Result> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await GovSimCommand.InvokeAsync(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
