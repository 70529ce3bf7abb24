using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace GovSim.Experiments.Scenarios;

/// <summary>
/// Binds a YAML node tree to the scenario classes by reflection, collecting every problem with its dotted key
/// instead of stopping at the first: unknown keys, wrong types and values outside a property's [Range].
/// Keys are the snake_case names of properties, as in the JSON form of a scenario.
/// </summary>
public sealed class YamlBinder
{
    private readonly List<(string Path, YamlNode Node, string Message)> _problems = [];

    /// <summary>Where each bound key was found, to give line numbers to problems found later.</summary>
    public Dictionary<string, YamlNode> Nodes { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Path, YamlNode Node, string Message)> Problems => _problems;

    public static string KeyOf(PropertyInfo property) => JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);

    public static string KeyOf(Enum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public T Bind<T>(YamlNode root) where T : new() => (T)(BindObject(root, typeof(T), "", new T()) ?? new T());

    private object? Bind(YamlNode node, Type type, string path, object? current, RangeAttribute? range = null)
    {
        Nodes[path] = node;
        // An optional value (push of one region): absent or null leaves it unset.
        if (Nullable.GetUnderlyingType(type) is { } inner) return IsNull(node) ? null : Bind(node, inner, path, null, range);
        if (type == typeof(string)) return Scalar(node, path, "a text value", s => s);
        if (type == typeof(int))
            return Scalar(node, path, WholeNumber(node, range, int.MinValue, int.MaxValue), s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);
        if (type == typeof(long))
            return Scalar(node, path, WholeNumber(node, range, long.MinValue, long.MaxValue), s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);
        if (type == typeof(double))
            return Scalar(node, path, range is null ? "a finite number" : $"a number from {range.Minimum} to {range.Maximum}",
                s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null);
        if (type == typeof(bool)) return Scalar(node, path, "true or false", s => s switch { "true" => true, "false" => false, _ => (object?)null });
        if (type.IsEnum)
        {
            var names = Enum.GetValues(type).Cast<Enum>().ToDictionary(KeyOf, v => (object)v, StringComparer.Ordinal);
            return Scalar(node, path, "one of " + string.Join(", ", names.Keys), s => names.GetValueOrDefault(s));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)) return BindList(node, type, path, current);
        return BindObject(node, type, path, current ?? Activator.CreateInstance(type));
    }

    private object? BindList(YamlNode node, Type type, string path, object? current)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Problem(path, node, $"expected a list, found {Describe(node)}");
            return current;
        }

        var elementType = type.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(type)!;
        var i = 0;
        foreach (var child in sequence.Children)
        {
            var value = Bind(child, elementType, Join(path, i.ToString(CultureInfo.InvariantCulture)), null);
            if (value is not null) list.Add(value);
            i++;
        }

        return list;
    }

    private object? BindObject(YamlNode node, Type type, string path, object? target)
    {
        if (IsNull(node)) return target; // "calendar:" with nothing under it keeps the defaults
        if (node is not YamlMappingNode mapping)
        {
            Problem(path.Length == 0 ? "the file" : path, node, path.Length == 0 ? $"expected a mapping of keys at the top level, found {Describe(node)}" : $"expected a section of keys, found {Describe(node)}");
            return target;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(KeyOf, StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var childPath = Join(path, key);
            if (!properties.TryGetValue(key, out var property))
            {
                var where = path.Length == 0 ? "at the top level" : $"under {path}";
                Problem(childPath, keyNode, $"unknown key \"{key}\" {where}; expected one of {string.Join(", ", properties.Keys)}");
                continue;
            }

            var value = Bind(valueNode, property.PropertyType, childPath, property.GetValue(target), property.GetCustomAttribute<RangeAttribute>());
            if (value is null) continue;
            if (property.GetCustomAttribute<RangeAttribute>() is { } range && !range.IsValid(value))
            {
                Problem(childPath, valueNode, $"expected a value from {range.Minimum} to {range.Maximum}, found {Describe(valueNode)}");
                continue;
            }

            property.SetValue(target, value);
        }

        return target;
    }

    /// <summary>What a whole number should be: plainly, or with its range when the text is a whole number out of range.</summary>
    private static string WholeNumber(YamlNode node, RangeAttribute? range, long min, long max)
    {
        var digits = node is YamlScalarNode { Value: { Length: > 0 } text } && text.TrimStart('-', '+').All(char.IsAsciiDigit);
        if (!digits) return "a whole number";
        return range is null
            ? string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}")
            : $"a whole number from {range.Minimum} to {range.Maximum}";
    }

    private object? Scalar(YamlNode node, string path, string expected, Func<string, object?> parse)
    {
        if (node is YamlScalarNode scalar && !IsNull(node) && parse(scalar.Value!) is { } value) return value;
        Problem(path, node, $"expected {expected}, found {Describe(node)}");
        return null;
    }

    private void Problem(string path, YamlNode node, string message) => _problems.Add((path, node, message));

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>A value as it can appear in a one-line message: control characters escaped, long values cut.</summary>
    private static string Shown(string value) =>
        value.Length > 60 ? TextInput.Escaped(value[..60]) + "…" : TextInput.Escaped(value);

    public static string Describe(YamlNode node) => node switch
    {
        _ when IsNull(node) => "nothing",
        YamlScalarNode s => $"\"{Shown(s.Value ?? "")}\"",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a section of keys",
        _ => "an unreadable value",
    };
}
