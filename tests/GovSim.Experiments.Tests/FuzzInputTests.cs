using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text;
using GovSim.Experiments.Running;
using GovSim.Experiments.Scenarios;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Tests;

/// <summary>
/// A corpus of malformed scenario and sweep files, generated here: truncations, random bytes, deep nesting, huge
/// numbers, and every key of the scenario format set to a value of the wrong type. Whatever the input, govsim either
/// runs (a truncation can still be a valid file) or answers with exit 2, one line on stderr, no stack trace and
/// nothing written — it never crashes.
/// </summary>
public class FuzzInputTests
{
    private static async Task<bool> Check(TempDir dir, string file, params string[] command)
    {
        var refused = await CheckOnce(dir, file, command);
        if (!refused) File.Copy(file, Path.Combine(dir.Path, "accepted-" + Path.GetFileName(file)), overwrite: true);
        return refused;
    }

    private static async Task<bool> CheckOnce(TempDir dir, string file, params string[] command)
    {
        var outDir = dir.Sub("out");
        var result = await Cli.Run([.. command, "--out", outDir]);
        var label = $"{Path.GetFileName(file)}: exit {result.ExitCode}, stderr: {result.Err}";
        if (result.ExitCode == 0)
        {
            Directory.Delete(outDir, recursive: true);
            return false;
        }

        Assert.True(result.ExitCode == 2, label);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, label);
        Assert.StartsWith("govsim: ", lines[0]);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.DoesNotContain("internal error", result.Err);
        Assert.False(Directory.Exists(outDir), label);
        Assert.Empty(Directory.GetDirectories(dir.Path, ".tmp-*"));
        Assert.Empty(Directory.GetFiles(dir.Path, ".*.lock"));
        return true;
    }

    private static Task<bool> Scenario(TempDir dir, string name, string text, bool quick = true) => Scenario(dir, name, Encoding.UTF8.GetBytes(text), quick);

    /// <param name="quick">Shorten the run with --set, for files that may be valid (the --set keys then cannot be tested).</param>
    private static Task<bool> Scenario(TempDir dir, string name, byte[] bytes, bool quick = true)
    {
        var file = Path.Combine(dir.Path, name);
        File.WriteAllBytes(file, bytes);
        string[] sets = quick ? ["--set", "duration_days=1", "--set", "warmup_days=0", "--set", "population.citizens=20"] : [];
        return Check(dir, file, ["run", "--engine", "reference", "--scenario", file, .. sets]);
    }

    [Fact]
    public async Task Truncated_random_deep_and_huge_scenarios_never_crash()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(ProjectPaths.DefaultScenario);
        var refused = 0;
        for (var i = 1; i <= 40; i++)
            if (await Scenario(dir, $"cut-{i}.yaml", text[..(text.Length * i / 41)])) refused++;
        Assert.True(refused >= 10, $"only {refused} of 40 truncations were refused");

        var random = new Random(7);
        for (var i = 0; i < 15; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            Assert.True(await Scenario(dir, $"random-{i}.yaml", bytes), $"random-{i}: {Convert.ToHexString(bytes)}");
        }

        Assert.True(await Scenario(dir, "deep-flow.yaml", "population: " + new string('[', 20_000) + new string(']', 20_000) + "\n"));
        Assert.True(await Scenario(dir, "deep-block.yaml", string.Concat(Enumerable.Range(0, 200).Select(d => new string(' ', 2 * d) + $"k{d}:\n"))));
        Assert.True(await Scenario(dir, "deep-map.yaml", "a: " + string.Concat(Enumerable.Repeat("{b: ", 5_000)) + "1" + new string('}', 5_000) + "\n"));
        Assert.True(await Scenario(dir, "huge.yaml", new string('x', (int)YamlFile.MaxBytes + 10)));
        foreach (var number in new[] { "1e400", "-1e400", "99999999999999999999999", "NaN", ".inf", "0x7fffffff1" })
            Assert.True(await Scenario(dir, $"number-{number}.yaml", $"population: {{citizens: {number}}}\narrivals: {{rate_per_hour: {number}}}\n"), number);
    }

    [Fact]
    public async Task Every_key_set_to_a_wrong_type_is_refused()
    {
        using var dir = new TempDir();
        var keys = Keys(typeof(ScenarioSpec), "").ToList();
        Assert.True(keys.Count > 100);
        foreach (var (key, kind) in keys)
        {
            // A list for a single value; a single value for a section or a list.
            var wrong = kind == "value" ? "[1, 2]" : "7";
            var segments = key.Split('.');
            var yaml = new StringBuilder();
            for (var i = 0; i < segments.Length; i++)
                yaml.Append(new string(' ', 2 * i)).Append(segments[i]).Append(i == segments.Length - 1 ? $": {wrong}\n" : ":\n");
            Assert.True(await Scenario(dir, $"type-{key}.yaml", yaml.ToString(), quick: false), key);
        }
    }

    [Fact]
    public async Task Malformed_sweep_files_never_crash()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Path.Combine(ProjectPaths.Root, "experiments", "h1-mode-comparison", "sweep.yaml"))
            .Replace("scenario: scenario.yaml", $"scenario: {Path.Combine(ProjectPaths.Root, "experiments", "h1-mode-comparison", "scenario.yaml")}");
        async Task<bool> Sweep(string name, string body)
        {
            var file = dir.File(name, body);
            return await Check(dir, file, "validate", file) || await Check(dir, file, "sweep", file, "--parallel", "1");
        }

        var random = new Random(11);
        var cases = new List<(string, string)>
        {
            ("deep.yaml", "axes: " + new string('[', 20_000) + new string(']', 20_000)),
            ("axes-number.yaml", "name: a\nscenario: x.yaml\naxes: 5\n"),
            ("replications.yaml", text.Replace("replications: 10", "replications: many")),
            ("billion.yaml", text.Replace("values: [false, true]", "range: {from: 0, to: 1000000000, step: 1}").Replace("key: platform.parallel_dispatch", "key: arrivals.rate_per_hour")),
            ("empty.yaml", ""),
            ("random.yaml", new string(Enumerable.Range(0, 300).Select(_ => (char)random.Next(1, 0x2FF)).ToArray())),
        };
        foreach (var cut in new[] { 5, 30, 60, 90, 120 }) cases.Add(($"cut-{cut}.yaml", text[..Math.Min(cut, text.Length)]));
        foreach (var (name, body) in cases)
            Assert.True(await Sweep(name, body), name);
    }

    /// <summary>Every key of the scenario format (list items at index 0), and whether it is a single value or a section/list.</summary>
    private static IEnumerable<(string Key, string Kind)> Keys(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = prefix + YamlBinder.KeyOf(property);
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var isList = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>);
            var element = isList ? t.GetGenericArguments()[0] : null;
            if (t.IsClass && t != typeof(string) && !isList)
            {
                yield return (key, "section");
                foreach (var k in Keys(t, key + ".")) yield return k;
            }
            else if (element is not null && element.IsClass && element != typeof(string))
            {
                yield return (key, "section");
            }
            else
            {
                yield return (key, isList ? "section" : "value");
            }
        }
    }
}
