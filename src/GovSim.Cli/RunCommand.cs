using System.CommandLine;
using System.Globalization;
using GovSim.Experiments.Running;

namespace GovSim.Cli;

/// <summary>`govsim run`: one scenario, one seed, one results folder.</summary>
public static class RunCommand
{
    public static Command Create(TextWriter stdout, string[] args)
    {
        var scenario = new Option<string?>("--scenario") { Description = "Scenario file (default: experiments/scenarios/default.yaml)." };
        var seed = new Option<long?>("--seed") { Description = "Seed of the run (default: the scenario's seed)." };
        var set = new Option<string[]>("--set") { Description = "Override a scenario key, e.g. --set population.citizens=5000; repeatable." };
        var output = new Option<string?>("--out") { Description = "Results folder to create (default: a new folder under results/)." };
        var silos = new Option<int>("--silos") { Description = "Silos of the in-process Orleans cluster.", DefaultValueFactory = _ => 1 };
        var engine = new Option<string>("--engine") { Description = "orleans (default) or reference (the sequential oracle).", DefaultValueFactory = _ => "orleans" };
        engine.AcceptOnlyFromAmong("orleans", "reference");

        var command = new Command("run", "Run one scenario and write a results folder (runs.csv, cases.csv, timeseries.csv, citizens.csv, manifest.json).")
        {
            scenario, seed, set, output, silos, engine,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var options = new RunOptions(
                parse.GetValue(scenario),
                parse.GetValue(seed),
                parse.GetValue(set) ?? [],
                parse.GetValue(output),
                parse.GetValue(silos),
                parse.GetValue(engine) == "reference" ? EngineKind.Reference : EngineKind.Orleans);
            var outcome = await ConsoleProgress.RunAsync(stdout, (report, ct) => RunJob.ExecuteAsync(options, args, report, ct), cancel);
            var s = outcome.Run.Summary.Cases;
            var events = outcome.Run.Records.EventsProcessed;
            var wall = outcome.Run.WallSeconds;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{outcome.Run.World.Spec.Mode.ToString().ToLowerInvariant()}: {s.Submitted} cases, {s.Completed} completed ({s.CompletionRate:P1}), {s.Abandoned} abandoned, on time {s.OnTimeRate:P1}, mean latency {s.LatencyMeanH ?? 0:F1} h, {s.TripsMean ?? 0:F2} trips per case, satisfaction {s.SatisfactionMean ?? 0:F2}."));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{events:N0} events processed in {wall:F2} s: {events / Math.Max(wall, 1e-9):N0} events/s on {outcome.Engine} (start-up {outcome.StartupSeconds:F1} s)."));
            stdout.WriteLine($"Results: {Path.GetRelativePath(Directory.GetCurrentDirectory(), outcome.Folder)}");
            return GovSimCommand.Ok;
        });
        return command;
    }
}
