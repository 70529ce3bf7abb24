using System.CommandLine;
using System.Globalization;
using GovSim.Experiments.Results;
using GovSim.Experiments.Running;
using GovSim.Experiments.Sweeps;
using Spectre.Console;

namespace GovSim.Cli;

/// <summary>`govsim sweep FILE`: every point × replication, several at once, resumable.</summary>
public static class SweepCommand
{
    public static Command Create(TextWriter stdout, string[] args)
    {
        var file = new Argument<string>("FILE") { Description = "Sweep file, such as experiments/h1-mode-comparison/sweep.yaml." };
        var output = new Option<string?>("--out") { Description = "Results folder (default: results/<sweep name>)." };
        var parallel = new Option<int>("--parallel") { Description = "Runs at once on the embedded silo, or on each silo of a cluster.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var cluster = new Option<string?>("--cluster") { Description = "redis://HOST:PORT (or redis://:PASSWORD@HOST:PORT) of a cluster of `govsim silo`s: run there, as a client." };
        var resume = new Option<bool>("--resume") { Description = "Continue a sweep in its folder: complete runs are kept, the rest run." };
        var partitions = PartitionsOption.Create();
        var format = RunCommand.CreateFormatOption();
        var command = new Command("sweep", "Run a parameter sweep and write runs.csv, summary.md, summary.csv and plots.") { file, output, parallel, resume, partitions, format, cluster };
        command.SetAction(async (parse, cancel) =>
        {
            var options = new SweepOptions(parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(parallel), parse.GetValue(resume),
                PartitionsOption.Parse(parse.GetValue(partitions)), ParquetExport.ParseFormat(parse.GetValue(format)), parse.GetValue(cluster));
            var outcome = await Run(stdout, options, args, cancel);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{outcome.Total} runs ({outcome.AlreadyDone} already done, {outcome.Ran} run now) in {outcome.WallSeconds:F1} s: {outcome.Ran / Math.Max(outcome.WallSeconds / 60, 1e-9):F1} runs/min, {outcome.Events / Math.Max(outcome.WallSeconds, 1e-9):N0} events/s."));
            stdout.WriteLine($"Results: {Path.GetRelativePath(Directory.GetCurrentDirectory(), outcome.Folder)}");
            return GovSimCommand.Ok;
        });
        return command;
    }

    private static async Task<SweepJob.Outcome> Run(TextWriter stdout, SweepOptions options, string[] args, CancellationToken cancel)
    {
        static string Describe(SweepProgress p)
        {
            var rate = p.Elapsed.TotalSeconds > 0 ? p.Events / p.Elapsed.TotalSeconds : 0;
            var silos = p.PerSilo is { Count: > 0 } per ? " · by silo: " + string.Join(", ", per.Select(kv => $"{kv.Key} {kv.Value}")) : "";
            return string.Create(CultureInfo.InvariantCulture, $"{p.Done}/{p.Total} runs · {rate:N0} events/s{silos}");
        }

        if (!ReferenceEquals(stdout, Console.Out) || Console.IsOutputRedirected)
            return await SweepJob.ExecuteAsync(options, args, p => stdout.WriteLine(Describe(p)), cancel, stdout.WriteLine);

        SweepJob.Outcome result = null!;
        await AnsiConsole.Progress()
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("planning");
                result = await SweepJob.ExecuteAsync(options, args, p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Describe(p);
                }, cancel, AnsiConsole.WriteLine);
            });
        return result;
    }
}
