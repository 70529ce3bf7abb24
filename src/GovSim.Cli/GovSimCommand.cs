using System.CommandLine;
using GovSim.Experiments;

namespace GovSim.Cli;

/// <summary>
/// The `govsim` command line. Exit codes: 0 success, 2 invalid input (file, option, value), 1 anything else.
/// User errors print one sentence on stderr, never a stack trace.
/// </summary>
public static class GovSimCommand
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int InvalidInput = 2;

    public static async Task<int> InvokeAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancel = default)
    {
        // With no command, run: `govsim` alone runs the default scenario (the README quick start) and
        // `govsim --silos 2` means `govsim run --silos 2`.
        if (args.Length == 0 || (args[0].StartsWith('-') && args[0] is not ("--help" or "-h" or "-?" or "--version"))) args = ["run", .. args];
        var root = new RootCommand("GovSim: agent-based simulation of government coordination on Microsoft Orleans. " +
            "`govsim` alone runs the default scenario, and `govsim [options]` without a command means `govsim run [options]` (see `govsim run --help`). " +
            "Exit codes: 0 done, 2 invalid input, 130/143 stopped by Ctrl-C/SIGTERM, 1 anything else.")
        {
            RunCommand.Create(stdout, args),
            ValidateCommand.Create(stdout),
            ParametersCommand.Create(stdout),
            SweepCommand.Create(stdout, args),
            ReportCommand.Create(stdout),
            DemoCommand.Create(stdout),
            SiloCommand.Create(stdout),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // An unknown word explains more than the "required command" complaint it also causes.
            var error = parsed.Errors.OrderBy(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal) ? 0 : 1).First();
            var sentence = string.Join(' ', error.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
            var command = parsed.CommandResult.Command.Name;
            stderr.WriteLine($"govsim: {sentence.TrimEnd('.')}; see `govsim {(command == root.Name ? "" : command + " ")}--help` for the expected options.");
            return InvalidInput;
        }

        using var interruption = new Interruption(cancel);
        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
            };
            return await parsed.InvokeAsync(configuration, interruption.Token);
        }
        catch (InputException e)
        {
            stderr.WriteLine($"govsim: {TextInput.Escaped(e.Message)}"); // one line, whatever user input it quotes
            return InvalidInput;
        }
        catch (GovSim.Experiments.Cluster.ClusterException e)
        {
            stderr.WriteLine($"govsim: {TextInput.Escaped(e.Message)}");
            return Failed;
        }
        catch (InterruptedException e)
        {
            stderr.WriteLine($"govsim: stopped by {interruption.SignalName}; {e.Message}");
            return interruption.Signal is null ? Failed : interruption.ExitCode;
        }
        catch (OperationCanceledException) when (interruption.Signal is not null)
        {
            stderr.WriteLine($"govsim: stopped by {interruption.SignalName}; nothing was written.");
            return interruption.ExitCode;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("govsim: cancelled; nothing was written.");
            return Failed;
        }
        catch (Exception e)
        {
            // Not the user's fault: say so, and keep the details for a bug report.
            stderr.WriteLine($"govsim: internal error ({e.GetType().Name}: {e.Message}); please report it with the details below.");
            stderr.WriteLine(e);
            return Failed;
        }
    }
}
