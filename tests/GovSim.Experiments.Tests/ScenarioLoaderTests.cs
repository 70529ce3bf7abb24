using GovSim.Experiments.Scenarios;
using GovSim.Experiments.Running;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Tests;

public class ScenarioLoaderTests
{
    [Fact]
    public void The_default_scenario_file_is_valid_and_matches_the_built_in_defaults()
    {
        // All but the run length, which the run-length rule sets for the default scenario (ODD.md 7.11).
        var loaded = ScenarioLoader.Load(ProjectPaths.DefaultScenario);
        Assert.Equal((63, 21), (loaded.Spec.DurationDays, loaded.Spec.WarmupDays));
        var defaults = new ScenarioSpec { DurationDays = 63, WarmupDays = 21 };
        Assert.Equal(ScenarioJson.Serialize(defaults), ScenarioJson.Serialize(loaded.Spec));
    }

    [Fact]
    public void A_minimal_file_takes_every_default()
    {
        using var dir = new TempDir();
        var loaded = ScenarioLoader.Load(dir.File("min.yaml", "population: { citizens: 50 }\n"));
        Assert.Equal(50, loaded.Spec.Population.Citizens);
        Assert.Equal(new ScenarioSpec().Services.Count, loaded.Spec.Services.Count);
    }

    [Fact]
    public void Set_overrides_reach_nested_keys_and_list_items()
    {
        var loaded = ScenarioLoader.Load(ProjectPaths.DefaultScenario,
            ["population.citizens=500", "functions.1.staff=9", "calendar.workdays=[mon, tue]", "mode=administrative"], seed: 7);
        Assert.Equal(500, loaded.Spec.Population.Citizens);
        Assert.Equal(9, loaded.Spec.Functions[1].Staff);
        Assert.Equal([Weekday.Mon, Weekday.Tue], loaded.Spec.Calendar.Workdays);
        Assert.Equal(7, loaded.Spec.Seed);
        Assert.Equal(["population.citizens", "functions.1.staff", "calendar.workdays", "mode"], loaded.Overrides.Select(o => o.Key));
    }

    public static TheoryData<string, string, string[]> BadFiles => new()
    {
        { "malformed", "population: {citizens: 5\nmode: [", ["bad.yaml", "not valid YAML", "unclosed bracket"] },
        { "malformed at a known line", "population:\n  citizens: 5\n bad indent: [\n", ["bad.yaml, line 3", "not valid YAML"] },
        { "unknown key", "population:\n  citizenz: 5\n", ["bad.yaml, line 2", "population.citizenz", "unknown key \"citizenz\"", "expected one of", "citizens"] },
        { "wrong type", "duration_days: soon\n", ["bad.yaml, line 1", "duration_days", "expected a whole number", "\"soon\""] },
        { "negative rate", "arrivals:\n  rate_per_hour: -3\n", ["bad.yaml, line 2", "arrivals.rate_per_hour", "expected a value from 0 to", "\"-3\""] },
        { "unknown mode", "mode: anarchy\n", ["bad.yaml, line 1", "mode", "expected one of administrative", "\"anarchy\""] },
        { "bad reference", "services:\n  - name: x\n    steps: [{function: nowhere}]\n", ["bad.yaml, line 3", "services.0.steps.0.function", "expected one of the functions", "\"nowhere\""] },
        { "closing before opening", "calendar: {opens: \"17:00\", closes: \"09:00\"}\n", ["bad.yaml, line 1", "calendar.closes", "expected a closing time after"] },
        { "not a section", "calendar: 5\n", ["bad.yaml, line 1", "calendar", "expected a section of keys"] },
        { "intervention without a change", "interventions:\n  - at_hours: 5\n", ["bad.yaml", "interventions.0", "expected at least one change"] },
        { "intervention after the end", "duration_days: 2\ninterventions:\n  - {at_hours: 60, leaders_push: 1}\n", ["bad.yaml", "interventions.0.at_hours", "expected a time within the run (below 48 hours)"] },
        { "intervention push out of range", "interventions:\n  - {at_hours: 5, leaders_push: 2}\n", ["bad.yaml, line 2", "interventions.0.leaders_push", "expected a value from 0 to 1"] },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_files_get_one_sentence_naming_file_line_key_and_expectation(string what, string yaml, string[] expected)
    {
        using var dir = new TempDir();
        var path = dir.File("bad.yaml", yaml);
        var error = Assert.Throws<InputException>(() => ScenarioLoader.Load(path));
        Assert.All(expected, e => Assert.Contains(e, error.Message));
        Assert.DoesNotContain("\n", error.Message);
        Assert.EndsWith(".", error.Message);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<InputException>(() => ScenarioLoader.Load("no/such/file.yaml"));
        Assert.Contains("no/such/file.yaml does not exist", error.Message);
    }

    [Theory]
    [InlineData("population.citizens", "expected KEY=VALUE")]
    [InlineData("population.citizens=many", "--set population.citizens=many: population.citizens: expected a whole number")]
    [InlineData("population.bogus=1", "--set population.bogus=1: population.bogus: unknown key")]
    [InlineData("functions.99.staff=1", "expected an index from 0 to 9")]
    [InlineData("seed.x=1", "seed is a single value")]
    [InlineData("population.citizens.x=1", "population.citizens is a single value")]
    public void Bad_set_options_name_the_option(string set, string expected)
    {
        var error = Assert.Throws<InputException>(() => ScenarioLoader.Load(ProjectPaths.DefaultScenario, [set]));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Validation_lists_every_problem_not_just_the_first()
    {
        using var dir = new TempDir();
        var (_, problems) = ScenarioLoader.TryLoad(dir.File("bad.yaml", "duration_days: 0\nmode: x\npopulation: {citizens: -1}\n"));
        Assert.Equal(3, problems.Count);
    }
}

public class DocumentationTests
{
    [Fact]
    public void The_odd_document_carries_the_current_parameter_reference()
    {
        var odd = File.ReadAllText(Path.Combine(Running.ProjectPaths.Root, "experiments", "ODD.md"));
        var begin = odd.IndexOf("<!-- parameters:begin -->\n", StringComparison.Ordinal);
        var end = odd.IndexOf("<!-- parameters:end -->", StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "ODD.md lacks the parameter markers");
        var table = odd[(begin + "<!-- parameters:begin -->\n".Length)..end];
        Assert.True(Scenarios.ParameterReference.Markdown() == table,
            "ODD.md's parameter table is out of date: regenerate it with `govsim parameters`.");
    }

    [Fact]
    public void The_odd_document_has_all_seven_elements_and_a_submodel_per_mode()
    {
        var odd = File.ReadAllText(Path.Combine(Running.ProjectPaths.Root, "experiments", "ODD.md"));
        foreach (var heading in new[] { "## 1. Purpose and patterns", "## 2. Entities, state variables and scales", "## 3. Process overview and scheduling",
                     "## 4. Design concepts", "## 5. Initialization", "## 6. Input data", "## 7. Submodels" })
            Assert.Contains(heading, odd);
        foreach (var mode in Enum.GetNames<Model.Scenario.ModeKind>())
            Assert.Contains($"{mode} mode (`{mode}Mode`", odd);
    }
}

public class SetIntoDefaultsTests
{
    [Fact]
    public void A_set_reaches_into_a_default_list_the_file_leaves_out()
    {
        using var dir = new TempDir();
        var loaded = Scenarios.ScenarioLoader.Load(dir.File("short.yaml", "name: short\n"), ["functions.3.digital_maturity=0.9", "services.1.proofs.0.policy=cancelled"]);
        Assert.Equal(0.9, loaded.Spec.Functions[3].DigitalMaturity);
        Assert.Equal(0.5, loaded.Spec.Functions[2].DigitalMaturity);
        Assert.Equal(new Model.Scenario.ScenarioSpec().Functions.Count, loaded.Spec.Functions.Count);
        Assert.Equal(Model.Scenario.ProofPolicy.Cancelled, loaded.Spec.Services[1].Proofs[0].Policy);
        Assert.Equal(Model.Scenario.ProofPolicy.CitizenFetch, loaded.Spec.Services[0].Proofs[0].Policy);
    }
}
