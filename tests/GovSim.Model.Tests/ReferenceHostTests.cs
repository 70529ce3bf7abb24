using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Reference;
using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

public class ReferenceHostTests
{
    private static readonly RunRecords Records = new ReferenceHost().Run(TestWorlds.Small());

    [Fact]
    public void Every_case_ends_completed_abandoned_or_open_and_most_complete()
    {
        Assert.All(Records.Cases, c => Assert.Contains(c.Outcome, new[] { CaseOutcome.Completed, CaseOutcome.Abandoned, CaseOutcome.Open }));
        Assert.True(Records.Cases.Count(c => c.Outcome == CaseOutcome.Completed) > 0.8 * Records.Cases.Length);
    }

    [Fact]
    public void Completed_cases_took_one_trip_per_issuer_plus_one_to_submit()
    {
        var world = TestWorlds.Small();
        foreach (var c in Records.Cases.Where(c => c.Outcome == CaseOutcome.Completed))
        {
            var service = world.Services[c.Service];
            Assert.Equal(service.FetchTrips.Length + 1, c.Trips);
            Assert.Equal(service.Proofs.Length, c.ProofsByCitizen);
            Assert.True(c.FinishedAt > c.SubmittedAt);
        }
    }

    [Fact]
    public void Cross_department_steps_go_through_the_leader()
    {
        var world = TestWorlds.Small();
        var twoSteps = world.Services.Single(s => s.Name == "two_steps").Index;
        var completed = Records.Cases.Where(c => c.Outcome == CaseOutcome.Completed).ToList();
        Assert.All(completed.Where(c => c.Service == twoSteps), c => Assert.Equal((1, 1), (c.Escalations, c.Interventions)));
        Assert.All(completed.Where(c => c.Service != twoSteps), c => Assert.Equal((0, 0), (c.Escalations, c.Interventions)));
        Assert.True(Records.Count("escalations") >= Records.Count("leader_interventions"));
    }

    [Fact]
    public void Arrivals_follow_the_configured_rate()
    {
        // 2 needs per hour for 10 days: 480 expected; a Poisson count is within ±4 sd (±88) with near certainty.
        Assert.InRange(Records.Cases.Length, 480 - 88, 480 + 88);
    }

    [Fact]
    public void Departments_report_every_day_and_conserve_work()
    {
        var world = TestWorlds.Small();
        Assert.Equal(world.Departments.Count * 10, Records.DepartmentDays.Length);
        Assert.All(Records.DepartmentDays, d => Assert.InRange(d.BusyStaffMean, 0, world.Departments[d.Department].Staff));
        foreach (var department in Records.DepartmentDays.GroupBy(d => d.Department))
        {
            // What arrived and has not been completed is waiting or in service, never negative.
            var inSystem = 0;
            foreach (var day in department.OrderBy(d => d.Day))
            {
                inSystem += day.Arrivals - day.Completions;
                Assert.InRange(day.QueueAtMidnight, 0, inSystem);
                Assert.InRange(inSystem - day.QueueAtMidnight, 0, world.Departments[department.Key].Staff);
            }
        }
    }
}

public class CaseRecordStreamTests
{
    private static readonly World World = TestWorlds.Small();
    private static readonly RunRecords Records = new ReferenceHost().Run(World);

    [Fact]
    public void Cases_come_out_in_order_of_the_tick_they_ended_then_case()
    {
        long EndTick(CaseRecord c) => c.Outcome == CaseOutcome.Open ? World.Duration : c.FinishedAt;
        var expected = Records.Cases.OrderBy(EndTick).ThenBy(c => c.Case).ToArray();
        Assert.Equal(expected, Records.Cases);
        Assert.Equal(Records.Cases.Length, Records.Cases.Select(c => c.Case).Distinct().Count());
    }

    [Fact]
    public void A_case_counts_the_messages_about_it_and_the_hierarchy_adds_three_per_cross_department_step()
    {
        // Administrative mode: the citizen's proof application and its answer (one pair per issuer visited, the
        // citizen-fetch proofs), the submission and the completion; a second step in another department adds the
        // escalation to the leader, the directive and the step's result.
        var completed = Records.Cases.Where(c => c.Outcome == CaseOutcome.Completed).ToArray();
        int Of(string service) => completed.Where(c => World.Services[c.Service].Name == service).Select(c => c.Messages).Distinct().Single();
        Assert.Equal(2 + 2, Of("one_step")); // one issuer (two papers, one trip), submission, completion
        Assert.Equal(2 + 2 + 3, Of("two_steps")); // one issuer, submission, completion, escalation, directive, result
        Assert.True(Records.Cases.Sum(c => (long)c.Messages) <= Records.MessagesTotal);
    }
}
