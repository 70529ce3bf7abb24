using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Modes;
using GovSim.Model.Reference;
using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

/// <summary>Each mode's mechanism, observed in small runs or on single agents.</summary>
public class ModeMechanismTests
{
    private static RunRecords Run(Action<ScenarioSpec> configure, long seed = 3)
    {
        var spec = TestWorlds.SmallSpec(seed);
        configure(spec);
        return new ReferenceHost().Run(World.Compile(spec));
    }

    private static CaseRecord[] Completed(RunRecords r) => r.Cases.Where(c => c.Outcome == CaseOutcome.Completed).ToArray();

    [Theory]
    [MemberData(nameof(TestWorlds.AllModes), MemberType = typeof(TestWorlds))]
    public void Every_mode_completes_cases_and_rounds_reproduce_the_reference(ModeKind mode)
    {
        var spec = TestWorlds.SmallSpec(4);
        spec.Mode = mode;
        var world = World.Compile(spec);
        var reference = new ReferenceHost().Run(world);
        Assert.True(Completed(reference).Length > 0.7 * reference.Cases.Length, $"{mode}: too few completed cases");
        Assert.Equal(Fingerprint.Of(reference), Fingerprint.Of(PartitionHost.Run(world, Partitioning.PerAgent, scrambleSeed: 9)));
        Assert.Equal(Fingerprint.Of(reference), Fingerprint.Of(PartitionHost.Run(world, Partitioning.ByRegion, scrambleSeed: 9)));
        Assert.Equal(Fingerprint.Of(reference), Fingerprint.Of(PartitionHost.Run(world, Partitioning.Fixed(3), scrambleSeed: 9)));
    }

    [Fact]
    public void Each_mode_requests_steps_only_through_its_own_mechanism()
    {
        foreach (var (mode, index) in new[] { (ModeKind.Administrative, 0), (ModeKind.Market, 1), (ModeKind.Network, 2) })
        {
            var done = Completed(Run(s => s.Mode = mode));
            var byMode = new[] { done.Sum(c => c.ByAdministrative), done.Sum(c => c.ByMarket), done.Sum(c => c.ByNetwork), done.Sum(c => c.ByPlatform) };
            Assert.True(byMode[index] > 0, $"{mode} made no requests");
            Assert.Equal(byMode[index], byMode.Sum());
        }
    }

    [Fact]
    public void Administrative_escalates_every_cross_department_step_and_the_leader_answers_each()
    {
        var r = Run(s => s.Mode = ModeKind.Administrative);
        Assert.All(Completed(r), c => Assert.Equal(c.ByAdministrative, c.Escalations));
        Assert.All(Completed(r), c => Assert.Equal(c.Escalations, c.Interventions));
    }

    [Fact]
    public void Network_refusals_lower_trust_and_repeated_refusal_falls_back_to_the_hierarchy()
    {
        var world = TestWorlds.Small();
        var requester = new DepartmentAgent(world.Departments[0], world);
        var cell = new AgentCell(world, requester);
        var trustBefore = requester.Book.TrustIn(1);
        var refuse = new PeerRefuse(new CaseId(0, 0), 0, 1);
        cell.Deliver(new Envelope(600, AgentId.Department(1), 0, requester.Id, refuse));
        Assert.True(requester.Book.TrustIn(1) < trustBefore);
        Assert.IsType<PeerRetry>(Assert.Single(cell.Outbox).Body);

        cell.Outbox.Clear();
        for (var i = 1; i < world.Spec.Network.MaxRefusals; i++)
            cell.Deliver(new Envelope(600 + i, AgentId.Department(1), i, requester.Id, refuse));
        var escalation = Assert.Single(cell.Outbox, e => e.Body is Escalation);
        Assert.Equal(world.RegionalLeader(0), escalation.To);
    }

    [Fact]
    public void Network_acceptance_follows_trust_load_and_push()
    {
        // Push cannot make up for missing trust: with no trust every request ends with the leader, push or not.
        var distrust = Run(s => { s.Mode = ModeKind.Network; s.Network.InitialTrust = 0; s.Leaders.Regional.Push = 1; s.Leaders.Top.Push = 1; });
        Assert.True(distrust.Count("peer_refusals") > 0);
        Assert.True(distrust.Count("escalations") > 0, "with no trust every request ends with the leader");
        // Full trust and full push: a peer takes the work however busy it is.
        var pushed = Run(s => { s.Mode = ModeKind.Network; s.Network.InitialTrust = 1; s.Leaders.Regional.Push = 1; s.Leaders.Top.Push = 1; });
        Assert.Equal(0, pushed.Count("peer_refusals"));
        Assert.Equal(0, pushed.Count("escalations"));
        // The formula: push raises acceptance of a busy peer, but acceptance stays low when trust is low.
        Assert.Equal(0.0, NetworkMode.Acceptance(trust: 0.9, waitingPerStaff: 8, loadTolerance: 4, push: 0));
        Assert.Equal(0.9, NetworkMode.Acceptance(trust: 0.9, waitingPerStaff: 8, loadTolerance: 4, push: 1), 12);
        Assert.True(NetworkMode.Acceptance(trust: 0.05, waitingPerStaff: 0, loadTolerance: 4, push: 1) <= 0.05);
    }

    [Fact]
    public void Market_awards_pay_the_price_and_shirking_agencies_cause_rework()
    {
        var honest = Run(s => { s.Mode = ModeKind.Market; s.Agencies.ShirkingRate = 0; });
        var shirking = Run(s => { s.Mode = ModeKind.Market; s.Agencies.ShirkingRate = 1; s.Market.DepartmentPrice = 1000; });
        Assert.True(Completed(honest).Sum(c => c.Cost) > 0);
        Assert.Equal(0, honest.Count("rework"));
        Assert.True(shirking.Count("rework") > 0, "work bought from a shirking agency is redone");
    }

    [Fact]
    public void Market_bids_least_hours_plus_weighted_price_and_retries_without_bids()
    {
        var world = TestWorlds.Small();
        var provider = new AgentCell(world, new DepartmentAgent(world.Departments[1], world));
        provider.Deliver(new Envelope(600, AgentId.Department(0), 0, provider.Self, new CallForProposals(new CaseId(0, 0), 0, 1, 1)));
        var bid = Assert.IsType<Bid>(Assert.Single(provider.Outbox).Body);
        Assert.Equal(world.Spec.Market.DepartmentPrice, bid.Price);

        var lead = new DepartmentAgent(world.Departments[0], world);
        var cell = new AgentCell(world, lead);
        var twoSteps = world.Services.Single(s => s.Name == "two_steps");
        lead.Lead.Open(new CaseSubmission(new CaseId(0, 0), twoSteps.Index, 0, Channel.Counter, false), AgentId.Citizen(0), false, cell);
        lead.Book.Tenders[(new CaseId(0, 0), 1)] = [];
        cell.Outbox.Clear();
        cell.Deliver(new Envelope(700, lead.Id, 99, lead.Id, new AwardDue(new CaseId(0, 0), 1)));
        Assert.IsType<TenderRetry>(Assert.Single(cell.Outbox).Body);
    }

    [Fact]
    public void Platform_outages_and_data_errors_send_cases_to_the_counter_fallback()
    {
        var reliable = Run(s => { s.Mode = ModeKind.Cyborg; s.Platform.Availability = 1; s.Platform.DataErrorRate = 0; });
        var shaky = Run(s => { s.Mode = ModeKind.Cyborg; s.Platform.Availability = 0.5; s.Platform.MeanOutageHours = 12; });
        Assert.Equal(0, reliable.Count("platform_fallbacks"));
        Assert.DoesNotContain(reliable.Cases, c => c.Fallback);
        Assert.True(shaky.Count("platform_fallbacks") > 0);
        Assert.True(shaky.Count("platform_outages") > 0);
        Assert.Contains(Completed(shaky), c => c.Fallback && c.ByAdministrative > 0 && c.ByPlatform == 0);
    }

    [Fact]
    public void Online_applicants_save_the_submission_trip_and_others_use_the_assisted_counter()
    {
        var r = Run(s => { s.Mode = ModeKind.Cyborg; s.Platform.Availability = 1; s.Platform.DataErrorRate = 0; foreach (var x in s.Services) x.Proofs.Clear(); });
        var done = Completed(r);
        Assert.All(done.Where(c => c.Channel == Channel.Online), c => Assert.Equal(0, c.Trips));
        Assert.All(done.Where(c => c.Channel == Channel.Assisted), c => Assert.Equal(1, c.Trips));
        Assert.Contains(done, c => c.Channel == Channel.Online);
        Assert.Contains(done, c => c.Channel == Channel.Assisted);
    }

    [Fact]
    public void Sla_breaches_escalate_to_the_leader()
    {
        // A reliable platform reaching fully connected departments, so that no escalation comes from a fallback.
        void Reliable(ScenarioSpec s)
        {
            s.Mode = ModeKind.Cyborg;
            s.Platform.Availability = 1;
            s.Platform.DataErrorRate = 0;
            s.Functions.ForEach(f => { f.DigitalMaturity = 1; f.PlatformResistance = 0; });
        }

        var tight = Run(s => { Reliable(s); s.Platform.SlaHours = 0.1; });
        var loose = Run(s => { Reliable(s); s.Platform.SlaHours = 10000; });
        Assert.True(tight.Count("escalations") > 0);
        Assert.True(tight.Count("leader_interventions") > 0);
        Assert.Equal(0, loose.Count("escalations"));
    }

    [Fact]
    public void Mosaic_draws_every_mode_by_weight()
    {
        var mixed = Completed(Run(s => s.Mode = ModeKind.Mosaic));
        Assert.True(mixed.Sum(c => c.ByAdministrative) > 0 && mixed.Sum(c => c.ByMarket) > 0 && mixed.Sum(c => c.ByNetwork) > 0 && mixed.Sum(c => c.ByPlatform) > 0);
        var networkOnly = Completed(Run(s => { s.Mode = ModeKind.Mosaic; s.Mosaic = new MosaicSpec { Administrative = 0, Market = 0, Network = 1, Cyborg = 0 }; }));
        Assert.True(networkOnly.Sum(c => c.ByNetwork) > 0);
        Assert.Equal(0, networkOnly.Sum(c => c.ByAdministrative + c.ByMarket + c.ByPlatform));
    }

    [Fact]
    public void A_directive_bump_moves_a_waiting_step_to_the_front()
    {
        var world = TestWorlds.Small();
        var desk = new ServiceDesk(0, 1, new ServiceTimeModel(new ServiceTimeSpec { Distribution = Distribution.Deterministic, MeanMinutes = 30 }), OfficeHours.Always);
        var cell = new AgentCell(world, new LeaderAgent(0, world));
        for (var i = 0; i < 3; i++)
            desk.Enqueue(new Job(JobKind.Step, new CaseId(i, 0), 0, 1, AgentId.Department(1), 0, 0, 0, 0), cell);
        Assert.True(desk.Bump(new CaseId(2, 0), 1, cell));
        Assert.False(desk.Bump(new CaseId(7, 0), 1, cell));
        cell.Outbox.Clear();
        desk.Finish(new ServiceDone(new Job(JobKind.Step, new CaseId(0, 0), 0, 1, AgentId.Department(1), 0, 0, 0, 0), 30), cell);
        desk.StartWork(cell);
        var next = (ServiceDone)Assert.Single(cell.Outbox).Body;
        Assert.Equal((new CaseId(2, 0), 1, 1), (next.Job.Case, next.Job.Priority, next.Job.Interventions));
    }
}

public class TechnologyAxisTests
{
    [Fact]
    public void The_platform_serves_departments_only_as_far_as_their_digital_maturity_goes()
    {
        RunRecords Run(double maturity)
        {
            var spec = TestWorlds.SmallSpec(8);
            spec.Mode = ModeKind.Cyborg;
            spec.Platform = new PlatformSpec { Availability = 1, DataErrorRate = 0, SlaHours = 10000 };
            spec.Functions.ForEach(f => { f.DigitalMaturity = maturity; f.PlatformResistance = 0; });
            return new ReferenceHost().Run(World.Compile(spec));
        }

        Assert.Equal(0, Run(1).Count("escalations"));
        var offline = Run(0);
        Assert.All(offline.Cases.Where(c => c.Outcome == CaseOutcome.Completed), c => Assert.Equal(c.ByPlatform, c.Escalations));
        Assert.True(offline.Count("leader_interventions") > 0);
    }
}
