using System.Collections;
using System.Reflection;
using GovSim.Experiments.Scenarios;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// Follows a dotted scenario key (as in --set and runs.csv: functions.0.digital_maturity) through the scenario spec
/// classes, so labels can reuse the [Description] the parameter reference already documents, and a linked axis can
/// be checked against how many functions the scenario really has.
/// </summary>
internal static class SpecPaths
{
    /// <summary>The spec property a key names, or null when the key is not a scenario key (an outcome column).</summary>
    public static PropertyInfo? Property(string key)
    {
        var type = typeof(ScenarioSpec);
        PropertyInfo? found = null;
        foreach (var segment in key.Split('.'))
        {
            if (IsIndex(segment))
            {
                if (found is null || ElementOf(found.PropertyType) is not { } element) return null;
                type = element;
                continue;
            }

            found = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => YamlBinder.KeyOf(p) == segment);
            if (found is null) return null;
            type = Nullable.GetUnderlyingType(found.PropertyType) ?? found.PropertyType;
        }

        return found;
    }

    /// <summary>How many entries the list a key prefix names holds in a scenario (functions → 10), or null.</summary>
    public static int? Count(object? spec, string listKey)
    {
        object? value = spec;
        foreach (var segment in listKey.Split('.'))
        {
            if (value is null) return null;
            if (IsIndex(segment))
            {
                var i = int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture);
                value = value is IList list && i < list.Count ? list[i] : null;
                continue;
            }

            var property = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => YamlBinder.KeyOf(p) == segment);
            value = property?.GetValue(value);
        }

        return (value as IList)?.Count;
    }

    public static bool IsIndex(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);

    private static Type? ElementOf(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) ? t.GetGenericArguments()[0] : null;
}
