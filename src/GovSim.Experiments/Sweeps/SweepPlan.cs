using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GovSim.Experiments.Scenarios;
using GovSim.Model.Engine;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// A sweep file read, checked and expanded into runs. Seeds: with common random numbers (the default) a run's seed is
/// derived from (base seed, replication) only, so every point of a replication sees the same random draws and points
/// differ by their parameters alone; otherwise from (base seed, the point's parameters, replication). Run ids are
/// derived from (parameters, replication). Neither depends on a point's position in the file, so adding points or
/// replications never changes the results of runs that already exist.
/// </summary>
public sealed class SweepPlan
{
    private SweepPlan(string path, SweepSpec spec, string sha256, IReadOnlyList<string> parameterKeys, IReadOnlyList<SweepRun> runs)
    {
        Path = path;
        Spec = spec;
        Sha256 = sha256;
        ParameterKeys = parameterKeys;
        Runs = runs;
    }

    public string Path { get; }
    public SweepSpec Spec { get; }
    public string Sha256 { get; }

    /// <summary>The parameter columns of runs.csv: the fixed overrides, then the axis keys.</summary>
    public IReadOnlyList<string> ParameterKeys { get; }

    public IReadOnlyList<SweepRun> Runs { get; }

    /// <summary>The most runs one sweep may hold: its plan is kept in memory and its results in one folder.</summary>
    public const int MaxRuns = 1_000_000;

    public static SweepPlan Load(string path)
    {
        var (spec, bytes) = YamlFile.Bind<SweepSpec>(path, "sweep");
        var problems = SweepRules.Check(spec).Select(p => $"{path}: {p.Path}: {p.Message}.").ToList();
        if (problems.Count > 0) throw new InputException(problems[0]);
        // Count before expanding: an axis of a billion points must be refused, not built.
        var (pointCount, runCount) = Count(spec);
        if (runCount > MaxRuns)
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: the sweep has {pointCount:N0} points × {spec.ReplicationCount:N0} replications = {runCount:N0} runs; expected at most {MaxRuns:N0} — use fewer values, a coarser step or Latin-hypercube samples."));

        var scenarioPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, spec.Scenario);
        var points = Expand(spec);
        var fixedSets = spec.Set.Select(s => KeyValuePair.Create(s[..s.IndexOf('=')].Trim(), s[(s.IndexOf('=') + 1)..])).ToList();
        var axisKeys = points.Count == 0 ? [] : points[0].Select(p => p.Key).ToList();
        var parameterKeys = fixedSets.Select(p => p.Key).Concat(axisKeys).Distinct().ToList();

        var runs = new List<SweepRun>();
        var designed = spec.Design != "grid";
        for (var index = 0; index < points.Count; index++)
        {
            var point = points[index];
            var sets = spec.Set.Concat(point.SelectMany(p => Linked(spec, p.Key).Select(k => $"{k}={p.Value}"))).ToList();
            LoadedScenario scenario;
            try
            {
                scenario = ScenarioLoader.Load(scenarioPath, sets);
            }
            catch (InputException e)
            {
                throw new InputException($"{path}: the point {Describe(point)} is not a valid scenario: {e.Message}");
            }

            var parameters = fixedSets.Concat(point).ToList();
            var canonical = Describe(point);
            for (var rep = 1; rep <= spec.ReplicationCount; rep++)
            {
                var seed = Derive(spec.CommonRandomNumbers ? $"{spec.Seed}|{rep}" : $"{spec.Seed}|{canonical}|{rep}");
                // A design's points are named by their place in it (two may coincide); a grid's by their values.
                var runId = designed
                    ? DesignRunId(index, rep)
                    : $"{Hex(canonical)}-r{rep.ToString("D3", CultureInfo.InvariantCulture)}";
                var seeded = scenario with { Spec = ScenarioWithSeed(scenario, seed), Overrides = parameters };
                runs.Add(new SweepRun(runId, parameters, rep, seed, seeded));
            }
        }

        return new SweepPlan(path, spec, Convert.ToHexStringLower(SHA256.HashData(bytes)), parameterKeys, runs);
    }

    /// <summary>Points and runs a sweep file asks for, counted without expanding it (as doubles: they may be huge).</summary>
    public static (double Points, double Runs) Count(SweepSpec spec)
    {
        if (spec.Design != "grid")
        {
            var designPoints = SensitivityDesigns.PointCount(spec);
            return (designPoints, designPoints * spec.ReplicationCount);
        }

        var points = 1.0;
        foreach (var axis in spec.Axes.Where(a => a.Lhs is null))
        {
            if (axis.Values.Count > 0) points *= axis.Values.Count;
            else if (axis.Range is { } r) points *= Math.Floor((r.To - r.From) / r.Step + 1e-9) + 1;
            else if (axis.Simplex is { } x) points *= Binomial(Math.Round(1 / x.Step) + x.Keys.Count - 1, x.Keys.Count - 1);
        }

        if (spec.Axes.Any(a => a.Lhs is not null)) points *= spec.Samples;
        return (points, points * spec.ReplicationCount);
    }

    private static double Binomial(double n, int k)
    {
        var result = 1.0;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }

    /// <summary>The points: grid axes crossed, then crossed with the joint Latin-hypercube samples.</summary>
    public static List<List<KeyValuePair<string, string>>> Expand(SweepSpec spec)
    {
        if (spec.Design != "grid")
        {
            var factors = SensitivityDesigns.Factors(spec);
            return SensitivityDesigns.UnitPoints(spec)
                .Select(u => factors.Select((f, i) => KeyValuePair.Create(f.Key, Number(Math.Round(SensitivityDesigns.Scale(f, u[i]), 6)))).ToList())
                .ToList();
        }

        var points = new List<List<KeyValuePair<string, string>>> { new() };
        foreach (var axis in spec.Axes.Where(a => a.Lhs is null))
        {
            var choices = Choices(axis);
            points = points.SelectMany(p => choices.Select(c => p.Concat(c).ToList())).ToList();
        }

        var lhsAxes = spec.Axes.Where(a => a.Lhs is not null).ToList();
        if (lhsAxes.Count == 0) return points;
        var samples = LatinHypercube(lhsAxes, spec.Samples, spec.Seed);
        return points.SelectMany(p => samples.Select(s => p.Concat(s).ToList())).ToList();
    }

    /// <summary>The key of an axis and the keys linked to it.</summary>
    private static IEnumerable<string> Linked(SweepSpec spec, string key) =>
        spec.Axes.FirstOrDefault(a => a.Key == key) is { AlsoSets.Count: > 0 } axis ? [key, .. axis.AlsoSets] : [key];

    private static List<List<KeyValuePair<string, string>>> Choices(AxisSpec axis)
    {
        if (axis.Values.Count > 0) return axis.Values.Select(v => new List<KeyValuePair<string, string>> { new(axis.Key, v) }).ToList();
        if (axis.Range is { } r)
        {
            var count = (int)Math.Floor((r.To - r.From) / r.Step + 1e-9) + 1;
            return Enumerable.Range(0, count)
                .Select(i => new List<KeyValuePair<string, string>> { new(axis.Key, Number(r.From + i * r.Step)) }).ToList();
        }

        var simplex = axis.Simplex!;
        var steps = (int)Math.Round(1 / simplex.Step);
        return Compositions(steps, simplex.Keys.Count)
            .Select(c => c.Select((n, i) => KeyValuePair.Create(simplex.Keys[i], Number((double)n / steps))).ToList())
            .ToList();
    }

    /// <summary>Every way of writing total as an ordered sum of parts non-negative integers.</summary>
    private static IEnumerable<int[]> Compositions(int total, int parts)
    {
        if (parts == 1)
        {
            yield return [total];
            yield break;
        }

        for (var first = total; first >= 0; first--)
            foreach (var rest in Compositions(total - first, parts - 1))
                yield return [first, .. rest];
    }

    private static List<List<KeyValuePair<string, string>>> LatinHypercube(List<AxisSpec> axes, int samples, long seed)
    {
        // One random permutation of the strata per axis, and a uniform draw within each stratum; the stream is
        // seeded from the base seed and the axis key, so it does not depend on other axes or on the order of axes.
        var columns = axes.Select(axis =>
        {
            var random = new AgentRandom(Derive($"{seed}|lhs|{axis.Key}"), AgentId.Leader(0));
            var strata = Enumerable.Range(0, samples).ToArray();
            random.Shuffle(strata);
            return strata.Select(s => axis.Lhs!.From + (s + random.NextDouble()) / samples * (axis.Lhs.To - axis.Lhs.From)).ToArray();
        }).ToArray();
        return Enumerable.Range(0, samples)
            .Select(i => axes.Select((axis, a) => KeyValuePair.Create(axis.Key, Number(Math.Round(columns[a][i], 6)))).ToList())
            .ToList();
    }

    private static Model.Scenario.ScenarioSpec ScenarioWithSeed(LoadedScenario scenario, long seed)
    {
        var copy = Model.Scenario.ScenarioJson.Deserialize(Model.Scenario.ScenarioJson.Serialize(scenario.Spec));
        copy.Seed = seed;
        return copy;
    }

    /// <summary>The run id of replication <paramref name="rep"/> of point <paramref name="index"/> of a morris or sobol design.</summary>
    public static string DesignRunId(int index, int rep) =>
        $"p{index.ToString("D6", CultureInfo.InvariantCulture)}-r{rep.ToString("D3", CultureInfo.InvariantCulture)}";

    /// <summary>The design point a run id of <see cref="DesignRunId"/> names, or null for any other id.</summary>
    public static int? DesignPointOf(string runId) =>
        runId.Length >= 8 && runId[0] == 'p' && int.TryParse(runId.AsSpan(1, 6), NumberStyles.None, CultureInfo.InvariantCulture, out var point)
            ? point
            : null;

    public static string Describe(IEnumerable<KeyValuePair<string, string>> point) => string.Join(", ", point.Select(p => $"{p.Key}={p.Value}"));

    private static string Number(double x) => Math.Round(x, 10).ToString(CultureInfo.InvariantCulture);

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    /// <summary>A seed in [0, 2^31) from a text: the first bytes of its SHA-256.</summary>
    private static long Derive(string text) => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0) & 0x7fffffff;
}
