using System.Collections;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Scenarios;

/// <summary>
/// The parameter reference of scenario files, generated from the spec classes (their [Description], [Range] and
/// default values), so the documentation cannot drift from the code. experiments/ODD.md embeds it; a test checks.
/// </summary>
public static class ParameterReference
{
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("| key | type | default | allowed | meaning |\n|---|---|---|---|---|\n");
        Walk(typeof(ScenarioSpec), new ScenarioSpec(), "", text);
        return text.ToString();
    }

    private static void Walk(Type type, object? defaults, string prefix, StringBuilder text)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = prefix + YamlBinder.KeyOf(property);
            var value = defaults is null ? null : property.GetValue(defaults);
            var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";
            var t = property.PropertyType;
            var element = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) ? t.GetGenericArguments()[0] : null;
            if (IsSection(t))
            {
                text.Append(Row(key, "section", "", "", description));
                Walk(t, value, key + ".", text);
            }
            else if (element is not null && IsSection(element))
            {
                var count = (value as IList)?.Count ?? 0;
                text.Append(Row(key, "list of sections", count == 0 ? "empty" : $"{count} entries (see default.yaml)", "", description));
                Walk(element, Activator.CreateInstance(element), key + "[].", text);
            }
            else
            {
                text.Append(Row(key, TypeName(t), Format(value), Allowed(property, element ?? t), description));
            }
        }
    }

    private static bool IsSection(Type t) => t.IsClass && t != typeof(string) && !(t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>));

    private static string TypeName(Type t) => t switch
    {
        _ when Nullable.GetUnderlyingType(t) is { } inner => TypeName(inner) + ", optional",
        _ when t == typeof(int) || t == typeof(long) => "whole number",
        _ when t == typeof(double) => "number",
        _ when t == typeof(bool) => "true/false",
        _ when t == typeof(string) => "text",
        { IsEnum: true } => "one of",
        { IsGenericType: true } => "list of " + TypeName(t.GetGenericArguments()[0]),
        _ => t.Name,
    };

    private static string Allowed(PropertyInfo property, Type t)
    {
        if (property.GetCustomAttribute<RangeAttribute>() is { } range)
            return string.Create(CultureInfo.InvariantCulture, $"{range.Minimum} to {range.Maximum}");
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.IsEnum ? string.Join(", ", Enum.GetValues(t).Cast<Enum>().Select(YamlBinder.KeyOf)) : "";
    }

    private static string Format(object? value) => value switch
    {
        null => "unset",
        string s => s.Length == 0 ? "\"\"" : s,
        bool b => b ? "true" : "false",
        Enum e => YamlBinder.KeyOf(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };

    private static string Row(string key, string type, string defaults, string allowed, string meaning) =>
        $"| `{key}` | {type} | {defaults} | {allowed} | {meaning.Replace("|", "\\|")} |\n";
}
