using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Reference;
using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

/// <summary>
/// Timed changes during a run (what the classroom's controls save): they act from their instant on, leave everything
/// before it exactly as it was — so restarting a run with the change and replaying it reproduces what a class saw —
/// and give the same bytes on every partitioning.
/// </summary>
public class InterventionTests
{
    private const double At = 7 * 24 + 9; // day 8, a Tuesday, 09:00: offices open

    private static ScenarioSpec Spec(Action<ScenarioSpec>? change = null)
    {
        var spec = TestWorlds.SmallSpec(citizens: 400, ratePerHour: 2, days: 12);
        spec.Mode = ModeKind.Cyborg;
        change?.Invoke(spec);
        return spec;
    }

    private static RunRecords Run(ScenarioSpec spec) => new ReferenceHost().Run(World.Compile(spec));

    private static IEnumerable<CaseRecord> EndedBefore(RunRecords r, double hours) =>
        r.Cases.Where(c => c.Outcome != CaseOutcome.Open && c.FinishedAt < SimTime.Hours(hours));

    [Theory]
    [InlineData("demand")]
    [InlineData("push")]
    [InlineData("outage")]
    [InlineData("maturity")]
    [InlineData("skills")]
    public void A_change_leaves_everything_before_its_instant_as_it_was_and_acts_after(string kind)
    {
        var baseline = Run(Spec());
        var changed = Run(Spec(s => s.Interventions.Add(kind switch
        {
            "demand" => new InterventionSpec { AtHours = At, ArrivalsRatePerHour = 6 },
            "push" => new InterventionSpec { AtHours = At, LeadersPush = 1 },
            "maturity" => new InterventionSpec { AtHours = At, DigitalMaturity = 0.05 },
            "skills" => new InterventionSpec { AtHours = At, UnskilledShare = 1 },
            _ => new InterventionSpec { AtHours = At, PlatformDownHours = 30 },
        })));
        Assert.Equal(EndedBefore(baseline, At), EndedBefore(changed, At));
        Assert.NotEqual(Fingerprint.Of(baseline), Fingerprint.Of(changed));
    }

    [Fact]
    public void Demand_changes_the_arrival_rate_from_its_instant()
    {
        var changed = Run(Spec(s => s.Interventions.Add(new InterventionSpec { AtHours = At, ArrivalsRatePerHour = 8 })));
        double Rate(double from, double to) =>
            changed.Cases.Count(c => c.SubmittedAt >= SimTime.Hours(from) && c.SubmittedAt < SimTime.Hours(to)) / (to - from);
        Assert.InRange(Rate(0, At), 1.5, 2.5);                // the scenario's 2 per hour
        Assert.InRange(Rate(At, 12 * 24), 6.8, 9.2);          // 8 per hour after the change
    }

    [Fact]
    public void A_forced_outage_holds_the_platform_down_for_its_hours()
    {
        var baseline = Run(Spec(s => s.Platform.Availability = 1)); // no random outages: only the forced one
        var changed = Run(Spec(s =>
        {
            s.Platform.Availability = 1;
            s.Interventions.Add(new InterventionSpec { AtHours = At, PlatformDownHours = 30 });
        }));
        Assert.Equal((0L, 0L), (baseline.Count("platform_down_minutes"), baseline.Count("platform_outages")));
        Assert.Equal((30L * 60, 1L), (changed.Count("platform_down_minutes"), changed.Count("platform_outages")));
        // Applications that reach a platform that is down are turned away to the counter.
        Assert.True(changed.Count("platform_fallbacks") > baseline.Count("platform_fallbacks") + 10,
            $"fallbacks {changed.Count("platform_fallbacks")} against {baseline.Count("platform_fallbacks")}");
    }

    [Fact]
    public void When_nobody_has_digital_skills_any_more_nobody_applies_online()
    {
        var changed = Run(Spec(s => s.Interventions.Add(new InterventionSpec { AtHours = At, UnskilledShare = 1 })));
        var at = SimTime.Hours(At);
        Assert.Contains(changed.Cases, c => c.SubmittedAt < at && c.Channel == Messages.Channel.Online);
        // A case's channel is chosen when the citizen applies, after fetching papers: count cases begun after the change.
        Assert.DoesNotContain(changed.Cases, c => c.SubmittedAt >= at && c.Channel == Messages.Channel.Online);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("2")]
    public void Interventions_give_the_same_bytes_on_every_partitioning(string partitioning)
    {
        var world = World.Compile(Spec(s =>
        {
            s.Interventions.Add(new InterventionSpec { AtHours = 50, ArrivalsRatePerHour = 5 });
            s.Interventions.Add(new InterventionSpec { AtHours = 80, LeadersPush = 0.9, PlatformDownHours = 12 });
            s.Interventions.Add(new InterventionSpec { AtHours = 100, DigitalMaturity = 0.9, UnskilledShare = 0.6 });
        }));
        Assert.Equal(Fingerprint.Of(new ReferenceHost().Run(world)), Fingerprint.Of(PartitionHost.Run(world, Partitioning.Parse(partitioning)!, 3)));
    }
}
