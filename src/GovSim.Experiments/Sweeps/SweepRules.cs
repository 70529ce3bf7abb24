using GovSim.Model.Scenario;

namespace GovSim.Experiments.Sweeps;

/// <summary>Checks of a sweep file beyond types: one kind per axis, non-empty axes, valid ranges and grids.</summary>
public static class SweepRules
{
    public static IReadOnlyList<SpecProblem> Check(SweepSpec s)
    {
        var problems = new List<SpecProblem>();
        void Add(string path, string message) => problems.Add(new SpecProblem(path, message));
        if (string.IsNullOrWhiteSpace(s.Name)) Add("name", "expected a sweep name");
        else if (!ScenarioRules.IsSafeName(s.Name))
            Add("name", $"expected a name of at most 100 letters, digits, '.', '_' or '-', starting with a letter or digit (it names the results folder), found \"{s.Name}\"");
        if (string.IsNullOrWhiteSpace(s.Scenario)) Add("scenario", "expected the path of the base scenario file");
        for (var i = 0; i < s.Set.Count; i++)
            if (s.Set[i].IndexOf('=') <= 0) Add($"set.{i}", $"expected KEY=VALUE, found \"{s.Set[i]}\"");
        for (var i = 0; i < s.Axes.Count; i++)
        {
            var a = s.Axes[i];
            var at = $"axes.{i}";
            var kinds = (a.Values.Count > 0 ? 1 : 0) + (a.Range is null ? 0 : 1) + (a.Lhs is null ? 0 : 1) + (a.Simplex is null ? 0 : 1);
            if (kinds == 0) Add(at, "is empty; expected values (a non-empty list), range, lhs or simplex");
            if (kinds > 1) Add(at, "expected exactly one of values, range, lhs or simplex");
            if (a.Simplex is null && string.IsNullOrWhiteSpace(a.Key)) Add($"{at}.key", "expected the scenario key the axis varies");
            if (a.Range is { } r && (r.Step <= 0 || r.To < r.From))
                Add($"{at}.range", $"expected step > 0 and to >= from, found from {r.From}, to {r.To}, step {r.Step}");
            if (a.Lhs is { } l && l.To <= l.From) Add($"{at}.lhs", $"expected to > from, found from {l.From}, to {l.To}");
            if (a.Lhs is not null && s.Samples < 1 && s.Design == "grid") Add("samples", "expected at least 1 Latin-hypercube sample for the lhs axes");
            if (a.Simplex is { } x)
            {
                if (x.Keys.Count < 2) Add($"{at}.simplex.keys", "expected at least two keys");
                var steps = 1 / x.Step;
                if (x.Step <= 0 || x.Step > 1 || Math.Abs(steps - Math.Round(steps)) > 1e-9)
                    Add($"{at}.simplex.step", $"expected a step that divides 1 (such as 0.25 or 0.1), found {x.Step}");
            }
        }

        if (s.Replications != "auto" && s.ReplicationCount is < 1 or > 1_000_000)
            Add("replications", $"expected a whole number from 1 to 1000000, or auto, found \"{s.Replications}\"");
        if (s.AutoReplicated)
        {
            if (!Results.ResultTables.OutcomeColumns.Contains(s.AutoReplications.Outcome))
                Add("auto_replications.outcome", $"expected an outcome column of runs.csv such as latency_mean_h or completion_rate, found \"{s.AutoReplications.Outcome}\"");
            if (s.AutoReplications.Max < s.AutoReplications.Min)
                Add("auto_replications.max", $"expected at least min ({s.AutoReplications.Min})");
        }

        if (s.Design is not ("grid" or "morris" or "sobol"))
            Add("design", $"expected grid, morris or sobol, found \"{s.Design}\"");
        if (s.Design is "morris" or "sobol")
        {
            if (s.Axes.Count == 0) Add("axes", $"expected at least one lhs axis (a factor and its range) for the {s.Design} design");
            for (var i = 0; i < s.Axes.Count; i++)
                if (s.Axes[i].Lhs is null)
                    Add($"axes.{i}", $"expected an lhs axis (from, to): the {s.Design} design varies factors over ranges; put fixed values under set");
            if (s.Samples != 0) Add("samples", $"expected no samples with the {s.Design} design, which places its own points");
            if (s.AutoReplicated) Add("replications", $"expected a number with the {s.Design} design (auto applies to grid designs)");
        }

        if (s.Design == "morris" && s.Morris.Levels % 2 != 0)
            Add("morris.levels", $"expected an even number of levels (the step is levels / (2 (levels - 1))), found {s.Morris.Levels}");
        if (s.Design == "sobol")
        {
            if ((s.Sobol.BaseSize & (s.Sobol.BaseSize - 1)) != 0)
                Add("sobol.base_size", $"expected a power of two (the balance of the Sobol sequence), found {s.Sobol.BaseSize}");
            if (s.Sobol.Base is not ("sobol" or "lhs")) Add("sobol.base", $"expected sobol or lhs, found \"{s.Sobol.Base}\"");
        }

        for (var i = 0; i < s.Breakdown.Count; i++)
            if (!Results.ResultTables.BreakdownDimensions.Contains(s.Breakdown[i]))
                Add($"breakdown.{i}", $"expected one of {string.Join(", ", Results.ResultTables.BreakdownDimensions)}, found \"{s.Breakdown[i]}\"");

        var keys = s.Axes.SelectMany(a => a.Simplex?.Keys ?? [a.Key]).Where(k => k.Length > 0).ToList();
        foreach (var dup in keys.GroupBy(k => k).Where(g => g.Count() > 1))
            Add("axes", $"expected each key on one axis only, but \"{dup.Key}\" is on several");
        return problems;
    }
}
