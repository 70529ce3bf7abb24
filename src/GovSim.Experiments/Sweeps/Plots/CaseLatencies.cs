using System.Text;
using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// Case latencies from cases.csv as survival observations, by mode: a completed case is an event at its latency; an
/// abandoned or open case is censored — when it finished if cases.csv gives that time, else at the end of its run,
/// taken as the last time the run's cases.csv mentions (the file holds no run length; this can only shorten the
/// censoring time, never count an unfinished case as done). Warm-up cases are left out, as in runs.csv. The file is
/// read line by line, since it holds one row per case and may have millions.
/// </summary>
internal sealed class CaseLatencies
{
    private CaseLatencies(Dictionary<string, List<(double Time, bool Event)>> byMode) => ByMode = byMode;

    public Dictionary<string, List<(double Time, bool Event)>> ByMode { get; }

    /// <summary>Completed cases' latencies of a mode.</summary>
    public List<double> Completed(string mode) =>
        (ByMode.GetValueOrDefault(mode) ?? []).Where(o => o.Event).Select(o => o.Time).ToList();

    /// <summary>Null when the folder has no cases.csv (sweeps may leave it out) or it lacks the needed columns.</summary>
    public static CaseLatencies? Read(string folder, RunGroups groups)
    {
        var path = Path.Combine(folder, "cases.csv");
        if (!File.Exists(path)) return null;
        var keys = groups.RunKeys().ToList();
        var runIndex = keys.Select((k, i) => (k.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine() is { } h ? Fields(h) : [];
        int run = Array.IndexOf(header, "run_id"), outcome = Array.IndexOf(header, "outcome"), submitted = Array.IndexOf(header, "submitted_h"),
            finished = Array.IndexOf(header, "finished_h"), latency = Array.IndexOf(header, "latency_h"), warmup = Array.IndexOf(header, "in_warmup");
        if (run < 0 || outcome < 0 || submitted < 0 || latency < 0) return null;

        // Run ids as indices: a million cases must not keep a million copies of their run id.
        var rows = new List<(int Run, bool Event, double Time, double Submitted)>();
        var end = new double[keys.Count];
        while (reader.ReadLine() is { } line)
        {
            var f = Fields(line);
            if (f.Length != header.Length || !runIndex.TryGetValue(f[run], out var r) || CsvTable.Number(f[submitted]) is not { } start) continue;
            var stop = finished < 0 ? null : CsvTable.Number(f[finished]);
            end[r] = Math.Max(end[r], Math.Max(start, stop ?? 0));
            if (warmup >= 0 && f[warmup] == "true") continue;
            if (f[outcome] == "completed" && CsvTable.Number(f[latency]) is { } done) rows.Add((r, true, done, start));
            else rows.Add((r, false, stop is { } s ? s - start : double.NaN, start));
        }

        var byMode = new Dictionary<string, List<(double Time, bool Event)>>(StringComparer.Ordinal);
        foreach (var (r, isEvent, time, start) in rows)
        {
            var t = double.IsNaN(time) ? end[r] - start : time;
            if (!double.IsFinite(t) || t < 0) continue;
            var mode = keys[r].Value.Mode;
            if (!byMode.TryGetValue(mode, out var list)) byMode[mode] = list = [];
            list.Add((t, isEvent));
        }

        return byMode.Count == 0 ? null : new CaseLatencies(byMode);
    }

    /// <summary>The fields of one CSV line (RFC 4180 quoting; cases.csv never breaks a field across lines).</summary>
    private static string[] Fields(string line)
    {
        if (!line.Contains('"')) return line.Split(',');
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') field.Append(line[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
