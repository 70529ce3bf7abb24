using System.CommandLine;
using System.Net;
using GovSim.Classroom;
using GovSim.Experiments.Running;

namespace GovSim.Cli;

/// <summary>`govsim demo`: the classroom — the modes race side by side on a live web page.</summary>
public static class DemoCommand
{
    public static Command Create(TextWriter stdout)
    {
        var scenario = new Option<string?>("--scenario") { Description = "Scenario file (default: experiments/scenarios/default.yaml)." };
        var port = new Option<int>("--port") { Description = "Port of the web page (default 5080; 0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1: this machine only).", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("demo", "Serve the classroom page: every mode runs the same scenario and seed side by side, with controls for the teacher.")
        {
            scenario, port, host,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var address = parse.GetValue(host)!;
            stdout.WriteLine("Starting the classroom (an embedded silo and five runs)...");
            await using var server = await DemoServer.StartAsync(parse.GetValue(scenario) ?? ProjectPaths.DefaultScenario, address, parse.GetValue(port), cancel);
            if (IPAddress.TryParse(address, out var ip) && !IPAddress.IsLoopback(ip))
                stdout.WriteLine($"Warning: listening on {address}, so other machines can open the page; only the teacher's link can change the run.");
            stdout.WriteLine($"Classroom: {server.Url}  (share this with the class: view only)");
            stdout.WriteLine($"Teacher:   {server.TeacherUrl}  (keep this one: it controls the run)");
            stdout.WriteLine("Press Ctrl-C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                stdout.WriteLine("Stopping: the classroom is closed.");
            }

            return GovSimCommand.Ok;
        });
        return command;
    }
}
