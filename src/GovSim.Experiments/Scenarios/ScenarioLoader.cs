using System.Globalization;
using System.Security.Cryptography;
using GovSim.Model.Scenario;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovSim.Experiments.Scenarios;

/// <summary>
/// Reads a scenario file, applies --set overrides to its YAML tree (so they get exactly the same checks as the file),
/// binds and validates it. Every problem becomes one sentence naming the file (or the --set option), the line, the key
/// and what was expected.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads a scenario or throws an <see cref="InputException"/> describing the first problem.</summary>
    public static LoadedScenario Load(string path, IReadOnlyList<string>? sets = null, long? seed = null)
    {
        var (scenario, problems) = TryLoad(path, sets, seed);
        if (problems.Count == 0) return scenario!;
        var more = problems.Count > 1 ? $" ({problems.Count - 1} more: run `govsim validate {path}` to list them all)" : "";
        throw new InputException(problems[0].TrimEnd('.') + more + ".");
    }

    /// <summary>Loads a scenario and lists every problem found (empty when valid).</summary>
    public static (LoadedScenario? Scenario, IReadOnlyList<string> Problems) TryLoad(string path, IReadOnlyList<string>? sets = null, long? seed = null)
    {
        var (bytes, read, problem) = YamlFile.Read(path, "scenario");
        if (problem is not null) return (null, [problem]);
        var root = read!;
        var origins = new Dictionary<YamlNode, string>(ReferenceEqualityComparer.Instance);
        var problems = new List<string>();
        var overrides = new List<KeyValuePair<string, string>>();
        // The defaults as a YAML tree (their JSON form is YAML), so a --set can reach into a section the file leaves out.
        var defaults = new YamlStream();
        defaults.Load(new StringReader(ScenarioJson.Serialize(new ScenarioSpec())));
        foreach (var set in sets ?? [])
        {
            var error = ApplySet(ref root, set, defaults.Documents[0].RootNode, origins, overrides);
            if (error is not null) problems.Add(error);
        }

        if (problems.Count > 0) return (null, problems);

        var binder = new YamlBinder();
        var spec = binder.Bind<ScenarioSpec>(root);
        foreach (var (key, node, message) in binder.Problems) problems.Add(Sentence(path, origins, node, key, message));
        if (problems.Count > 0) return (null, problems);

        if (seed is { } s) spec.Seed = s;
        foreach (var rule in ScenarioRules.Check(spec))
            problems.Add(Sentence(path, origins, binder.Nodes.GetValueOrDefault(rule.Path), rule.Path, rule.Message));
        if (problems.Count > 0) return (null, problems);

        return (new LoadedScenario(spec, path, Convert.ToHexStringLower(SHA256.HashData(bytes!)), overrides), []);
    }

    private static string Sentence(string path, Dictionary<YamlNode, string> origins, YamlNode? node, string key, string message)
    {
        var where = node switch
        {
            null => path,
            _ when Origin(origins, node) is { } set => set,
            _ when node.Start.Line > 0 => $"{path}, line {node.Start.Line}",
            _ => path,
        };
        return $"{where}: {key}: {message}.";
    }

    // A node that came from --set (or sits inside one) is reported against the option, not the file.
    private static string? Origin(Dictionary<YamlNode, string> origins, YamlNode node) => origins.GetValueOrDefault(node);

    /// <summary>Applies one --set KEY=VALUE to the tree; returns a problem sentence or null.</summary>
    private static string? ApplySet(ref YamlNode root, string set, YamlNode defaults, Dictionary<YamlNode, string> origins, List<KeyValuePair<string, string>> overrides)
    {
        var option = $"--set {set}";
        var eq = set.IndexOf('=');
        if (eq <= 0) return $"{option}: expected KEY=VALUE with a dotted scenario key, such as population.citizens=5000.";
        var key = set[..eq].Trim();
        var text = set[(eq + 1)..];
        YamlNode value;
        if (YamlFile.DepthProblem(text) is { } deep) return $"{option}: {deep.Replace("line 1: ", "")}; expected a single value or a short list.";
        try
        {
            var doc = new YamlStream();
            doc.Load(new StringReader(text));
            value = doc.Documents.Count == 0 ? new YamlScalarNode("") : doc.Documents[0].RootNode;
        }
        catch (YamlException)
        {
            // Not YAML on its own (for example "a: b: c"): take it as plain text and let the binder judge it.
            value = new YamlScalarNode(text);
        }

        foreach (var n in value.AllNodes) origins[n] = option;
        var segments = key.Split('.');
        if (root is not YamlMappingNode) root = new YamlMappingNode();
        YamlNode parent = root;
        YamlNode? fallback = defaults; // the same place in the defaults, while there is one
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var segment = segments[i];
            switch (parent)
            {
                case YamlMappingNode mapping:
                    var keyNode = new YamlScalarNode(segment);
                    origins[keyNode] = option;
                    var fallbackChild = (fallback as YamlMappingNode)?.Children.TryGetValue(keyNode, out var d) == true ? d : null;
                    if (last)
                    {
                        mapping.Children[keyNode] = value;
                    }
                    else
                    {
                        if (mapping.Children.TryGetValue(keyNode, out var child) && child is YamlScalarNode scalar && !string.IsNullOrEmpty(scalar.Value))
                            return $"{option}: {string.Join('.', segments[..(i + 1)])} is a single value; expected a key that names a section.";
                        if (child is null && fallbackChild is YamlMappingNode or YamlSequenceNode)
                        {
                            // A section the file leaves out (such as the list of functions): start from its default.
                            child = fallbackChild;
                            mapping.Children[keyNode] = child!;
                        }
                        else if (child is null or YamlScalarNode)
                        {
                            child = new YamlMappingNode();
                            origins[child] = option;
                            mapping.Children[keyNode] = child;
                        }

                        parent = child!;
                        fallback = fallbackChild;
                    }

                    break;
                case YamlSequenceNode sequence:
                    if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= sequence.Children.Count)
                        return $"{option}: {string.Join('.', segments[..i])} is a list of {sequence.Children.Count}; expected an index from 0 to {sequence.Children.Count - 1}, found \"{segment}\".";
                    if (last) sequence.Children[index] = value;
                    else parent = sequence.Children[index];
                    fallback = fallback is YamlSequenceNode fs && index < fs.Children.Count ? fs.Children[index] : null;
                    break;
                default:
                    return $"{option}: {string.Join('.', segments[..i])} is a single value; expected a key that names a section.";
            }
        }

        overrides.Add(new KeyValuePair<string, string>(key, text));
        return null;
    }
}
