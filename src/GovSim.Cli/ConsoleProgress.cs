using System.Diagnostics;
using System.Globalization;
using GovSim.Model.Engine;
using Spectre.Console;

namespace GovSim.Cli;

/// <summary>
/// Shows a run's progress: the simulated day reached and events per second. A live bar on a terminal; a few plain
/// lines when output is redirected (CI, tests, pipes).
/// </summary>
public static class ConsoleProgress
{
    /// <param name="work">Gets a progress callback and one for set-up stages (shown as lines, or as the bar's caption).</param>
    public static async Task<T> RunAsync<T>(TextWriter stdout, Func<Action<SimProgress, long>, Action<string>, CancellationToken, Task<T>> work, CancellationToken cancel)
    {
        // Events/s since the run itself began (the first report), not since silo start-up.
        Stopwatch? clock = null;
        string Describe(SimProgress p, long end)
        {
            clock ??= Stopwatch.StartNew();
            return string.Create(CultureInfo.InvariantCulture,
                $"day {SimTime.DayOf(Math.Min(p.Tick, end))}/{SimTime.DayOf(end)} · {p.Events:N0} events · {p.Events / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):N0} events/s");
        }

        if (!ReferenceEquals(stdout, Console.Out) || Console.IsOutputRedirected)
        {
            var lastTenth = -1L;
            return await work((p, end) =>
            {
                var tenth = p.Tick * 10 / Math.Max(end, 1);
                if (tenth == lastTenth) return;
                lastTenth = tenth;
                lock (stdout) stdout.WriteLine(Describe(p, end));
            }, line =>
            {
                lock (stdout) stdout.WriteLine(line);
            }, cancel);
        }

        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("starting the silo");
                result = await work((p, end) =>
                {
                    task.Value = 100.0 * Math.Min(p.Tick, end) / Math.Max(end, 1);
                    task.Description = Describe(p, end);
                }, line => task.Description = Markup.Escape(line), cancel);
                task.Value = 100;
            });
        return result;
    }
}
