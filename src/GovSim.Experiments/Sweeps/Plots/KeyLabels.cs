using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// Human labels with units for scenario keys and outcome columns, so no axis shows a raw dotted key: first the
/// hand-written <see cref="KeyLabelTable"/>, then the first clause of the spec's [Description] (with 0–1 for a [Range]
/// of 0 to 1), then the key's last segment with underscores as spaces and its unit read from the suffix (_h, _minutes).
/// A key inside a list says which entry it is ("function 1"); a linked axis (also_sets) that sets every entry says so
/// ("all functions") rather than naming the one key runs.csv happens to record.
/// </summary>
public static class KeyLabels
{
    private static readonly (string Suffix, string Unit)[] UnitSuffixes =
    [
        ("_per_hour", "per hour"), ("_per_day", "per day"), ("_per_year", "per year"), ("_minutes", "min"),
        ("_hours", "h"), ("_h", "h"), ("_days", "days"), ("_seconds", "s"),
    ];

    /// <summary>An axis label: name, then which entry and the unit in parentheses ("Digital maturity (function 1; 0–1)").</summary>
    /// <param name="key">A scenario key as in runs.csv, or an outcome column.</param>
    /// <param name="linked">The keys a linked axis also sets (its also_sets), if any.</param>
    /// <param name="listCount">How many entries a list has in the scenario ("functions" → 10), to tell "all functions" from "functions 1–3".</param>
    public static string Label(string key, IReadOnlyCollection<string>? linked = null, Func<string, int?>? listCount = null)
    {
        var (label, tokens) = Find(key);
        var parts = new[] { Scope(key, tokens, linked, listCount), label.Unit }.Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? label.Name : $"{label.Name} ({string.Join("; ", parts)})";
    }

    /// <summary>A short lower-case name for titles, without the unit ("arrival rate", "digital maturity (all functions)").</summary>
    public static string Short(string key, IReadOnlyCollection<string>? linked = null, Func<string, int?>? listCount = null)
    {
        var (label, tokens) = Find(key);
        var scope = Scope(key, tokens, linked, listCount);
        return scope.Length == 0 ? label.ShortName : $"{label.ShortName} ({scope})";
    }

    /// <summary>The unit of a key or outcome ("h", "share of cohort"), empty for true/false and categories.</summary>
    public static string Unit(string key) => Find(key).Label.Unit;

    /// <summary>A parameter value as a tick label: data_shared → data shared.</summary>
    public static string Value(string value) => value.Replace('_', ' ');

    private static (KeyLabel Label, string[]? Tokens) Find(string key)
    {
        if (KeyLabelTable.Outcomes.TryGetValue(key, out var outcome)) return (outcome, null);
        var segments = key.Split('.');
        foreach (var (pattern, label) in KeyLabelTable.Keys)
            if (Tokens(pattern) is var tokens && Matches(tokens, segments)) return (label, tokens);
        return (FromDescription(key) ?? FromKey(key), null);
    }

    private static string[] Tokens(string pattern) =>
        pattern.Split('.').SelectMany(s => s.EndsWith("[]", StringComparison.Ordinal) ? [s[..^2], "[]"] : new[] { s }).ToArray();

    private static bool Matches(string[] tokens, string[] segments) =>
        tokens.Length == segments.Length && tokens.Zip(segments).All(p => p.First switch
        {
            "[]" => SpecPaths.IsIndex(p.Second),
            "*" => !SpecPaths.IsIndex(p.Second),
            _ => p.First == p.Second,
        });

    /// <summary>Which entries a key covers, innermost first: "proof 1 of all services", "regional and top leaders".</summary>
    private static string Scope(string key, string[]? tokens, IReadOnlyCollection<string>? linked, Func<string, int?>? listCount)
    {
        var segments = key.Split('.');
        var keys = new[] { key }.Concat(linked ?? []).Select(k => k.Split('.')).Where(k => k.Length == segments.Length).ToList();
        var pieces = new List<string>();
        for (var i = segments.Length - 1; i > 0; i--)
        {
            var token = tokens?[i] ?? (SpecPaths.IsIndex(segments[i]) ? "[]" : segments[i]);
            if (token is not ("[]" or "*")) continue;
            var values = keys.Where(k => Enumerable.Range(0, k.Length).All(j => j == i || k[j] == segments[j])).Select(k => k[i]).Distinct().ToList();
            var list = segments[i - 1];
            if (token == "*")
            {
                pieces.Add(values.Count == 1 ? $"{values[0]} {Singular(list)}" : $"{string.Join(" and ", values)} {list}");
                continue;
            }

            var numbers = values.Select(v => int.Parse(v, CultureInfo.InvariantCulture)).Order().ToList();
            var total = listCount?.Invoke(string.Join('.', segments[..i]));
            pieces.Add(numbers.Count == 1 ? $"{Singular(list)} {numbers[0] + 1}"
                : total == numbers.Count && numbers[^1] == numbers.Count - 1 ? $"all {list}"
                : $"{list} {Ranges(numbers)}");
        }

        return string.Join(" of ", pieces);
    }

    /// <summary>Zero-based indices as one-based runs: 0,1,2,4 → "1–3, 5".</summary>
    private static string Ranges(List<int> zeroBased)
    {
        var runs = new List<string>();
        for (var i = 0; i < zeroBased.Count;)
        {
            var j = i;
            while (j + 1 < zeroBased.Count && zeroBased[j + 1] == zeroBased[j] + 1) j++;
            runs.Add(j == i ? $"{zeroBased[i] + 1}" : $"{zeroBased[i] + 1}–{zeroBased[j] + 1}");
            i = j + 1;
        }

        return string.Join(", ", runs);
    }

    private static string Singular(string list) =>
        list.EndsWith("ies", StringComparison.Ordinal) ? list[..^3] + "y" : list.EndsWith('s') ? list[..^1] : list;

    /// <summary>The first clause of the spec's description, when it is short enough for an axis.</summary>
    private static KeyLabel? FromDescription(string key)
    {
        if (SpecPaths.Property(key) is not { } property) return null;
        var text = property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";
        var cut = new[] { ". ", ": ", " (", "; ", ", " }.Select(s => text.IndexOf(s, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        var name = text[..cut].TrimEnd('.').Trim();
        var range = property.GetCustomAttribute<RangeAttribute>();
        var unit = range is { Minimum: 0 or 0.0, Maximum: 1 or 1.0 } ? "0–1" : UnitOf(key).Unit;
        // A long description makes a poor axis: then the key's words, but still the unit the [Range] implies.
        return name.Length is 0 or > 48 ? FromKey(key) with { Unit = unit } : new KeyLabel(name, unit);
    }

    private static KeyLabel FromKey(string key)
    {
        var last = key.Split('.').LastOrDefault(s => !SpecPaths.IsIndex(s)) ?? key;
        var (unit, stem) = UnitOf(last);
        var words = stem.Replace('_', ' ').Trim();
        if (words.Length == 0) words = last;
        return new KeyLabel(char.ToUpperInvariant(words[0]) + words[1..], unit);
    }

    private static (string Unit, string Stem) UnitOf(string key)
    {
        foreach (var (suffix, unit) in UnitSuffixes)
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length) return (unit, key[..^suffix.Length]);
        return ("", key);
    }
}
