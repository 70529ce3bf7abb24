using System.Globalization;

namespace GovSim.Model.Scenario;

/// <summary>
/// Checks that need more than one field: references between sections, orderings, uniqueness.
/// Types, unknown keys and single-field ranges are checked while the file is read.
/// </summary>
public static class ScenarioRules
{
    public const int MaxRegions = 10_000;
    public const int MaxServices = 10_000;

    public static IReadOnlyList<SpecProblem> Check(ScenarioSpec s)
    {
        var problems = new List<SpecProblem>();
        void Add(string path, string message) => problems.Add(new SpecProblem(path, message));

        if (!IsSafeName(s.Name))
            Add("name", $"expected a name of at most 100 letters, digits, '.', '_' or '-', starting with a letter or digit (it names the results folder), found \"{s.Name}\"");
        if (s.WarmupDays >= s.DurationDays) Add("warmup_days", $"expected fewer warm-up days than duration_days ({s.DurationDays})");

        var opens = ParseClock(s.Calendar.Opens);
        var closes = ParseClock(s.Calendar.Closes);
        if (opens is null) Add("calendar.opens", $"expected a time of day as HH:MM, found \"{s.Calendar.Opens}\"");
        if (closes is null) Add("calendar.closes", $"expected a time of day as HH:MM, found \"{s.Calendar.Closes}\"");
        if (opens is not null && closes is not null && closes <= opens)
            Add("calendar.closes", $"expected a closing time after the opening time {s.Calendar.Opens}");
        if (s.Calendar.Workdays.Count == 0) Add("calendar.workdays", "expected at least one working day");
        if (s.Calendar.Workdays.Distinct().Count() != s.Calendar.Workdays.Count) Add("calendar.workdays", "expected each day at most once");

        CheckNames("regions", s.Regions.Select(r => r.Name).ToList(), Add);
        // Results keep a compact slot per case with the region and service in 16 bits each.
        if (s.Regions.Count > MaxRegions) Add("regions", $"expected at most {MaxRegions:N0} regions, found {s.Regions.Count:N0}");
        if (s.Regions.Count > 0 && s.Regions.Sum(r => r.PopulationShare) <= 0)
            Add("regions", "expected at least one region with a population_share above 0");

        CheckNames("functions", s.Functions.Select(f => f.Name).ToList(), Add);
        if (s.Functions.Count > 64) Add("functions", $"expected at most 64 functions, found {s.Functions.Count}");
        if (s.Mode == ModeKind.Mosaic && s.Mosaic.Administrative + s.Mosaic.Market + s.Mosaic.Network + s.Mosaic.Cyborg <= 0)
            Add("mosaic", "expected at least one mode weight above 0 when mode is mosaic");
        for (var i = 0; i < s.Functions.Count; i++) CheckServiceTime($"functions.{i}", s.Functions[i].ServiceTime, Add);

        if (s.Population.MaxAge < s.Population.MinAge)
            Add("population.max_age", $"expected at least min_age ({s.Population.MinAge})");
        if (!Bogus.Database.LocaleResourceExists(s.Population.Locale))
            Add("population.locale", $"expected a Bogus locale such as zh_CN or en, found \"{s.Population.Locale}\"");

        for (var i = 0; i < s.Interventions.Count; i++)
        {
            var change = s.Interventions[i];
            if (change.ArrivalsRatePerHour is null && change.LeadersPush is null && change.PlatformDownHours is null
                && change.DigitalMaturity is null && change.UnskilledShare is null)
                Add($"interventions.{i}", "expected at least one change: arrivals_rate_per_hour, leaders_push, platform_down_hours, digital_maturity or unskilled_share");
            if (change.AtHours >= s.DurationDays * 24.0)
                Add($"interventions.{i}.at_hours", $"expected a time within the run (below {s.DurationDays * 24} hours), found {change.AtHours}");
        }

        CheckNames("services", s.Services.Select(x => x.Name).ToList(), Add);
        if (s.Services.Count > MaxServices) Add("services", $"expected at most {MaxServices:N0} services, found {s.Services.Count:N0}");
        if (s.Services.Count > 0 && s.Services.Sum(x => x.Weight) <= 0)
            Add("services", "expected at least one service with a weight above 0");
        var functions = s.Functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var known = string.Join(", ", s.Functions.Select(f => f.Name));
        for (var i = 0; i < s.Services.Count; i++)
        {
            var service = s.Services[i];
            if (service.Steps.Count == 0) Add($"services.{i}.steps", "expected at least one step");
            var verifications = service.Proofs.Count(p => p.Policy == ProofPolicy.Verification);
            if (service.Steps.Count + verifications > 64)
                Add($"services.{i}.steps", $"expected at most 64 steps, verification proofs included, found {service.Steps.Count + verifications}");
            for (var j = 0; j < service.Steps.Count; j++)
                if (!functions.Contains(service.Steps[j].Function))
                    Add($"services.{i}.steps.{j}.function", $"expected one of the functions ({known}), found \"{service.Steps[j].Function}\"");
            for (var j = 0; j < service.Proofs.Count; j++)
                if (!functions.Contains(service.Proofs[j].Issuer))
                    Add($"services.{i}.proofs.{j}.issuer", $"expected one of the functions ({known}), found \"{service.Proofs[j].Issuer}\"");
        }

        CheckMosaic(s, Add);
        CheckServiceTime("platform.intake", s.Platform.Intake.ServiceTime, Add);
        CheckServiceTime("platform.assisted", s.Platform.Assisted.ServiceTime, Add);

        for (var i = 0; i < s.Agencies.Functions.Count; i++)
            if (!functions.Contains(s.Agencies.Functions[i]))
                Add($"agencies.functions.{i}", $"expected one of the functions ({known}), found \"{s.Agencies.Functions[i]}\"");
        CheckServiceTime("agencies", s.Agencies.ServiceTime, Add);

        return problems;
    }

    private static void CheckMosaic(ScenarioSpec s, Action<string, string> add)
    {
        void Check(string section, List<MosaicWeightsSpec> entries, IReadOnlyCollection<string> names, string what)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                if (!names.Contains(e.Name))
                    add($"{section}.{i}.name", $"expected one of the {what} ({string.Join(", ", names)}), found \"{e.Name}\"");
                else if (!seen.Add(e.Name))
                    add($"{section}.{i}.name", $"expected each {what[..^1]} at most once, but \"{e.Name}\" appears twice");
                if (e.Administrative + e.Market + e.Network + e.Cyborg <= 0)
                    add($"{section}.{i}", "expected at least one mode weight above 0");
            }
        }

        Check("mosaic.by_region", s.Mosaic.ByRegion, s.Regions.Select(r => r.Name).ToList(), "regions");
        Check("mosaic.by_service", s.Mosaic.ByService, s.Services.Select(x => x.Name).ToList(), "services");
    }

    /// <summary>A uniform service time needs max_minutes at least min_minutes (the one check a single field cannot make).</summary>
    private static void CheckServiceTime(string section, ServiceTimeSpec t, Action<string, string> add)
    {
        if (t.Distribution == Distribution.Uniform && t.MaxMinutes < t.MinMinutes)
            add($"{section}.service_time.max_minutes", $"expected at least min_minutes ({t.MinMinutes})");
    }

    /// <summary>
    /// Whether a name can become part of a folder name on any system, and cannot lead out of the results folder
    /// ("..", "/", "\\").
    /// </summary>
    public static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 100 && char.IsAsciiLetterOrDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-') && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>Minute of the day of an "HH:MM" string, or null.</summary>
    public static int? ParseClock(string text) =>
        TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.Hour * 60 + t.Minute
            : null;

    private static void CheckNames(string section, List<string> names, Action<string, string> add)
    {
        if (names.Count == 0) add(section, "expected at least one entry");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i])) add($"{section}.{i}.name", "expected a non-empty name");
            else if (!seen.Add(names[i])) add($"{section}.{i}.name", $"expected a unique name, but \"{names[i]}\" appears twice");
        }
    }
}
