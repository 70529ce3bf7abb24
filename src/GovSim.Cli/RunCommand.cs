using System.CommandLine;
using System.Globalization;
using GovSim.Experiments.Results;
using GovSim.Experiments.Running;

namespace GovSim.Cli;

/// <summary>`govsim run`: one scenario, one seed, one results folder.</summary>
public static class RunCommand
{
    public static Command Create(TextWriter stdout, string[] args)
    {
        var scenario = new Option<string?>("--scenario") { Description = "Scenario file (default: experiments/scenarios/default.yaml)." };
        var seed = new Option<string?>("--seed") { Description = "Seed of the run, a whole number (default: the scenario's seed)." };
        var set = new Option<string[]>("--set") { Description = "Override a scenario key, e.g. --set population.citizens=5000; repeatable." };
        var output = new Option<string?>("--out") { Description = "Results folder to create (default: a new folder under results/)." };
        var silos = new Option<int>("--silos") { Description = "Silos of the in-process Orleans cluster.", DefaultValueFactory = _ => 1 };
        var engine = new Option<string>("--engine") { Description = "orleans (default) or reference (the sequential oracle).", DefaultValueFactory = _ => "orleans" };
        engine.AcceptOnlyFromAmong("orleans", "reference");
        var partitions = PartitionsOption.Create();
        var format = CreateFormatOption();
        var cluster = new Option<string?>("--cluster") { Description = "redis://HOST:PORT of a cluster of `govsim silo`s: run there, as a client." };

        var command = new Command("run", "Run one scenario and write a results folder (runs.csv, cases.csv, timeseries.csv, indicators.csv, breakdown.csv, citizens.csv, manifest.json).")
        {
            scenario, seed, set, output, silos, engine, partitions, format, cluster,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var options = new RunOptions(
                parse.GetValue(scenario),
                ParseSeed(parse.GetValue(seed)),
                parse.GetValue(set) ?? [],
                parse.GetValue(output),
                parse.GetValue(silos),
                parse.GetValue(engine) == "reference" ? EngineKind.Reference : EngineKind.Orleans,
                PartitionsOption.Parse(parse.GetValue(partitions)),
                ParquetExport.ParseFormat(parse.GetValue(format)),
                parse.GetValue(cluster));
            var outcome = await ConsoleProgress.RunAsync(stdout, (report, say, ct) => RunJob.ExecuteAsync(options, args, report, ct, say), cancel);
            var s = outcome.Run.Summary.Cases;
            var events = outcome.Run.Totals.EventsProcessed;
            var wall = outcome.Run.WallSeconds;
            var summary = outcome.Run.Summary;
            string Share(double? x) => x is { } v ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a (no case in the cohort)";
            string Hours(double? x) => x is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) + " h" : "not reached";
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{outcome.Run.World.Spec.Mode.ToString().ToLowerInvariant()}: {s.Submitted} cases after the warm-up, {s.Completed} completed, {s.Abandoned} abandoned, {s.Open} still open; " +
                $"of the {s.CohortCases} with time to finish, {Share(s.CompletionRate)} completed and {Share(s.OnTimeRate)} on time."));
            var mean = s.LatencyMeanH is { } m ? m.ToString("F1", CultureInfo.InvariantCulture) + " h over completed cases" : "none (no case completed)";
            var perCase = s.Completed == 0
                ? "no completed case to count trips, cost or satisfaction over."
                : string.Create(CultureInfo.InvariantCulture, $"{s.TripsMean:F2} trips per case, cost {summary.CostPerCase:F0} per completed case, satisfaction {s.SatisfactionMean:F2}.");
            stdout.WriteLine($"Latency: median {Hours(s.LatencyKmMedianH)} (Kaplan-Meier, unfinished cases censored), mean {mean}; {perCase}");
            if (!summary.SteadyState)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Warning: not in steady state — the work waiting in government still grows by {summary.BacklogSlopePerDay:F1} jobs a day over the second half of the run, so these figures describe a transient, not a long-run level (steady_state = false in runs.csv)."));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{events:N0} events processed in {wall:F2} s: {events / Math.Max(wall, 1e-9):N0} events/s on {outcome.Engine} (start-up {outcome.StartupSeconds:F1} s)."));
            // The figures the README's performance table quotes: the simulation loop's rates, what the process allocated
            // and its peak memory (resident set), measured here so that one command gives them all.
            var cases = outcome.CaseRecords;
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Performance: {cases / Math.Max(wall, 1e-9):N0} cases/s over {cases:N0} cases; {GC.GetTotalAllocatedBytes() / 1e6:N0} MB allocated; peak memory {self.PeakWorkingSet64 / 1e6:N0} MB."));
            stdout.WriteLine($"Results: {Path.GetRelativePath(Directory.GetCurrentDirectory(), outcome.Folder)}");
            return GovSimCommand.Ok;
        });
        return command;
    }

    /// <summary>
    /// `--format csv|parquet`, shared with `govsim sweep`. Checked by <see cref="ParquetExport.ParseFormat"/> rather than
    /// by the parser, so that a bad value gets the usual one sentence naming the option and the allowed values.
    /// </summary>
    public static Option<string> CreateFormatOption() => new("--format")
    {
        Description = "Format of the cases and timeseries tables: csv (default) or parquet (cases.parquet and timeseries.parquet instead; the other tables stay CSV).",
        DefaultValueFactory = _ => "csv",
    };

    private static long? ParseSeed(string? text) => text switch
    {
        null => null,
        _ when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
        _ => throw new Experiments.InputException(string.Create(CultureInfo.InvariantCulture,
            $"--seed {text}: expected a whole number from {long.MinValue} to {long.MaxValue}.")),
    };
}
