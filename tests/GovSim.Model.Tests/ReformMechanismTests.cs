using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Reference;
using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

/// <summary>
/// The platform's reforms, push and costs as mechanisms: switching each one changes outcomes through the messages
/// and queues it governs, and only through them.
/// </summary>
public class ReformMechanismTests
{
    private static RunRecords Run(Action<ScenarioSpec> configure, long seed = 5, int days = 20, double rate = 3)
    {
        var spec = TestWorlds.SmallSpec(seed, ratePerHour: rate, days: days);
        configure(spec);
        return new ReferenceHost().Run(World.Compile(spec));
    }

    private static CaseRecord[] Completed(RunRecords r) => r.Cases.Where(c => c.Outcome == CaseOutcome.Completed).ToArray();

    private static double MeanLatency(RunRecords r, Func<CaseRecord, bool>? which = null) =>
        Completed(r).Where(which ?? (_ => true)).Average(c => (double)(c.FinishedAt - c.SubmittedAt));

    /// <summary>A reliable platform reaching connected departments that never resist it.</summary>
    private static void Platform(ScenarioSpec s)
    {
        s.Mode = ModeKind.Cyborg;
        s.Platform.Availability = 1;
        s.Platform.DataErrorRate = 0;
        s.Functions.ForEach(f => { f.DigitalMaturity = 1; f.PlatformResistance = 0; });
    }

    [Fact]
    public void Parallel_dispatch_shortens_cyborg_latency_by_running_stages_at_once()
    {
        var staged = Run(s => { Platform(s); s.Platform.ParallelDispatch = false; });
        var parallel = Run(s => { Platform(s); s.Platform.ParallelDispatch = true; });
        // two_steps has two stages: dispatched together they overlap.
        bool TwoSteps(CaseRecord c) => c.Service == 0;
        Assert.True(MeanLatency(parallel, TwoSteps) < 0.9 * MeanLatency(staged, TwoSteps),
            $"parallel {MeanLatency(parallel, TwoSteps)} vs staged {MeanLatency(staged, TwoSteps)}");
    }

    [Fact]
    public void Push_governs_leaders_attention_under_administrative_coordination()
    {
        // A leader with little attention: push enlarges it, so the queue at the leader and latency shrink.
        void Scarce(ScenarioSpec s, double push)
        {
            s.Mode = ModeKind.Administrative;
            s.Leaders.Regional = new LeaderSpec { AttentionPerDay = 8, Push = push };
            s.Leaders.AttentionPushGain = 2;
        }

        var low = Run(s => Scarce(s, 0));
        var high = Run(s => Scarce(s, 1));
        Assert.True(MeanLatency(high) < 0.8 * MeanLatency(low), $"push 1: {MeanLatency(high)} vs push 0: {MeanLatency(low)}");
        Assert.Equal(3 * 8, new LeaderAgent(0, World.Compile(Configure(s => Scarce(s, 1)))).Attention);
    }

    [Fact]
    public void Push_makes_busy_peers_accept_under_network_coordination()
    {
        void Busy(ScenarioSpec s, double push)
        {
            s.Mode = ModeKind.Network;
            s.Network.InitialTrust = 0.9;
            s.Network.LoadTolerance = 0.5; // any queue leaves a peer with little spare capacity
            s.Leaders.Regional.Push = push;
            s.Leaders.Top.Push = push;
        }

        var low = Run(s => Busy(s, 0), rate: 6);
        var high = Run(s => Busy(s, 1), rate: 6);
        Assert.True(high.Count("peer_refusals") < 0.5 * low.Count("peer_refusals"),
            $"refusals with push 1: {high.Count("peer_refusals")}, push 0: {low.Count("peer_refusals")}");
    }

    [Fact]
    public void Push_decides_whether_departments_take_up_the_platform()
    {
        void Resisting(ScenarioSpec s, double push)
        {
            Platform(s);
            s.Functions.ForEach(f => f.PlatformResistance = 1);
            s.Leaders.Regional.Push = push;
            s.Platform.SlaHours = 10000;
        }

        var low = Run(s => Resisting(s, 0));
        var high = Run(s => Resisting(s, 1));
        // Without push every dispatch is declined and goes the manual route through the leader; with full push none is.
        Assert.All(Completed(low), c => Assert.Equal(c.ByPlatform, c.Escalations));
        Assert.Equal(0, high.Count("escalations"));
        Assert.True(MeanLatency(high) < MeanLatency(low));
    }

    [Theory]
    [MemberData(nameof(TestWorlds.AllModes), MemberType = typeof(TestWorlds))]
    public void Every_mode_costs_staff_time(ModeKind mode)
    {
        // Every completed case took at least one clerk's time for its steps and papers, whatever the mode.
        var run = Run(s => s.Mode = mode);
        Assert.NotEmpty(Completed(run));
        Assert.All(Completed(run), c => Assert.True(c.Cost > 0, $"{mode}: case {c.Case} cost nothing"));
        var unpaid = Run(s => { s.Mode = mode; s.Costs = new CostsSpec { StaffWagePerHour = 0, LeaderWagePerHour = 0, PlatformPerCase = 0 }; s.Agencies.Price = 0; });
        Assert.All(Completed(unpaid), c => Assert.Equal(0, c.Cost));
    }

    [Fact]
    public void Escalations_cost_leaders_time_and_agency_awards_cost_their_price()
    {
        var free = Run(s => { s.Costs.LeaderWagePerHour = 0; s.Costs.StaffWagePerHour = 0; });
        var paid = Run(s => { s.Costs.LeaderWagePerHour = 600; s.Costs.LeaderMinutesPerItem = 10; s.Costs.StaffWagePerHour = 0; });
        Assert.All(Completed(free), c => Assert.Equal(0, c.Cost));
        Assert.All(Completed(paid), c => Assert.Equal(c.Escalations * 100.0, c.Cost, 9));

        var market = Run(s => { s.Mode = ModeKind.Market; s.Costs.StaffWagePerHour = 0; s.Agencies.Price = 70; s.Agencies.ShirkingRate = 0; s.Market.PriceWeightHours = 0; });
        Assert.Contains(Completed(market), c => c.Cost > 0);
        Assert.All(Completed(market), c => Assert.Equal(0, c.Cost % 70, 9)); // only agency payments cost anything
    }

    [Fact]
    public void An_outage_holds_the_platforms_work_and_releases_it_when_back()
    {
        var spec = Configure(Platform);
        spec.Platform.Availability = 0.5; // outages scheduled; the test drives them by hand
        var world = World.Compile(spec);
        var cell = new AgentCell(world, new PlatformAgent(world));
        var skilled = world.Citizens.First(c => c.DigitallySkilled);
        var at = 10 * 60L;
        cell.Deliver(new Envelope(at, AgentId.Citizen(skilled.Index), 0, cell.Self,
            new CaseSubmission(new CaseId(skilled.Index, 0), 1, skilled.Region, Channel.Online, false)));
        var precheck = Assert.Single(cell.Outbox, e => e.Body is ServiceDone);
        cell.Outbox.Clear();

        cell.Deliver(new Envelope(precheck.DeliverAt - 1, cell.Self, 99, cell.Self, new Outage(true)));
        cell.Outbox.Clear();
        cell.Deliver(precheck);
        Assert.DoesNotContain(cell.Outbox, e => e.Body is PlatformDispatch or DataRequest);

        var back = precheck.DeliverAt + 600;
        cell.Deliver(new Envelope(back, cell.Self, 100, cell.Self, new Outage(false)));
        var dispatch = Assert.Single(cell.Outbox, e => e.Body is PlatformDispatch);
        Assert.Equal(back + world.MessageDelay, dispatch.DeliverAt);
    }

    [Fact]
    public void Outages_delay_cases_the_platform_already_leads()
    {
        var up = Run(s => { Platform(s); s.Platform.ParallelDispatch = true; });
        var flaky = Run(s => { Platform(s); s.Platform.ParallelDispatch = true; s.Platform.Availability = 0.7; s.Platform.MeanOutageHours = 24; });
        Assert.True(flaky.Count("platform_held") > 0);
        bool Led(CaseRecord c) => !c.Fallback;
        Assert.True(MeanLatency(flaky, Led) > MeanLatency(up, Led), $"{MeanLatency(flaky, Led)} vs {MeanLatency(up, Led)}");
    }

    [Fact]
    public void The_hub_pulls_data_only_as_far_as_it_is_connected()
    {
        void Shared(ScenarioSpec s, double hub)
        {
            Platform(s);
            s.Services.ForEach(x => x.Proofs.ForEach(p => p.Policy = ProofPolicy.DataShared));
            s.Platform.HubConnectedness = hub;
        }

        var connected = Completed(Run(s => Shared(s, 1)));
        var cut = Completed(Run(s => Shared(s, 0)));
        Assert.All(connected.Where(c => !c.Fallback), c => Assert.Equal(0, c.ProofsByCitizen));
        Assert.All(cut.Where(c => !c.Fallback), c => Assert.True(c.ProofsByCitizen > 0));
    }

    [Fact]
    public void The_platforms_desks_queue_applications()
    {
        var ample = Run(s => { Platform(s); s.Platform.Intake = new DeskSpec { Staff = 10, ServiceTime = new() { MeanMinutes = 1 } }; });
        var thin = Run(s => { Platform(s); s.Platform.Intake = new DeskSpec { Staff = 1, ServiceTime = new() { MeanMinutes = 25 } }; });
        bool Online(CaseRecord c) => c.Channel == Channel.Online;
        Assert.True(MeanLatency(thin, Online) > MeanLatency(ample, Online) + 60, "a thin intake desk makes online applicants wait");
        var assistedThin = Run(s => { Platform(s); s.Platform.Assisted = new DeskSpec { Staff = 1, ServiceTime = new() { MeanMinutes = 40 } }; });
        bool Assisted(CaseRecord c) => c.Channel == Channel.Assisted;
        Assert.True(MeanLatency(assistedThin, Assisted) > MeanLatency(ample, Assisted));
    }

    [Fact]
    public void Leaders_working_through_the_platform_answer_sooner()
    {
        var paper = Run(s => { s.Mode = ModeKind.Administrative; s.Leaders.Regional.ResponseDelayMinutes = 480; });
        var channel = Run(s => { s.Mode = ModeKind.Administrative; s.Leaders.Regional.ResponseDelayMinutes = 480; s.Platform.LeaderChannel = true; });
        Assert.True(MeanLatency(channel) < MeanLatency(paper) - 60);
    }

    [Fact]
    public void Visibility_excuses_refusals_by_overloaded_peers_and_keeps_trust()
    {
        void Crowded(ScenarioSpec s, bool visible)
        {
            s.Mode = ModeKind.Network;
            s.Network.LoadTolerance = 0.3;
            s.Leaders.Regional.Push = 0;
            s.Leaders.Top.Push = 0;
            s.Platform.Visibility = visible;
            s.Platform.BoardIntervalHours = 1;
        }

        double FinalTrust(RunRecords r) => r.Indicators.Where(i => i.Metric == "trust_mean" && i.Day == r.Indicators.Max(x => x.Day)).Average(i => i.Value);
        var blind = Run(s => Crowded(s, false), rate: 8);
        var sighted = Run(s => Crowded(s, true), rate: 8);
        // Trust feeds back on acceptance only where departments ask each other in turn; here it is kept, not spent.
        Assert.True(FinalTrust(sighted) > FinalTrust(blind) + 0.01, $"trust with the board {FinalTrust(sighted)}, without {FinalTrust(blind)}");
    }

    [Fact]
    public void Market_leads_see_through_understated_bids_only_with_the_board()
    {
        // Slow agencies promising a tenth of their real hours win awards they should not; the board shows their real
        // load. Each award to an agency costs exactly 1 here, so the cost counts them.
        double AgencyAwards(bool visible) => Completed(Run(s =>
        {
            s.Mode = ModeKind.Market;
            s.Agencies.Understatement = 0.9;
            s.Agencies.Price = 1;
            s.Agencies.ShirkingRate = 0;
            s.Agencies.ServiceTime = new ServiceTimeSpec { MeanMinutes = 240 };
            s.Market.PriceWeightHours = 0;
            s.Costs = new CostsSpec { StaffWagePerHour = 0, LeaderWagePerHour = 0, PlatformPerCase = 0 };
            s.Platform.Visibility = visible;
            s.Platform.BoardIntervalHours = 1;
        }, rate: 4)).Sum(c => c.Cost);

        Assert.True(AgencyAwards(true) < 0.8 * AgencyAwards(false), $"with the board {AgencyAwards(true)}, without {AgencyAwards(false)}");
    }

    [Fact]
    public void A_step_nobody_bids_on_falls_back_to_the_hierarchy()
    {
        var run = Run(s => { s.Mode = ModeKind.Market; s.Market.CapacityPerStaff = 0; s.Agencies.PerRegion = 0; s.Market.MaxRetries = 2; });
        Assert.True(run.Count("tender_retries") > 0);
        Assert.True(run.Count("escalations") > 0);
        Assert.True(Completed(run).Length > 0.7 * run.Cases.Length);
    }

    [Fact]
    public void A_region_can_push_on_its_own()
    {
        var world = World.Compile(Configure(s =>
        {
            s.Leaders.Regional.Push = 0.2;
            s.Leaders.Top.Push = 0.7;
            s.Regions[1].Push = 0.9;
        }));
        Assert.Equal((0.2, 0.9, 0.7), (world.PushIn(0, 0), world.PushIn(1, 0), world.TopPushAt(0)));
        var department = new DepartmentAgent(world.Department(0, 0), world);
        Assert.Equal(0.7, department.PushOver(world.Department(1, 0).Id, world, 0)); // another region asks: the top leader's push
        Assert.Equal(0.2, department.PushOver(world.Department(0, 1).Id, world, 0));
    }

    [Fact]
    public void A_region_can_set_the_digital_maturity_of_all_its_departments()
    {
        var world = World.Compile(Configure(s =>
        {
            s.Functions.ForEach(f => f.DigitalMaturity = 0.4);
            s.Regions[1].DigitalMaturity = 0.95;
        }));
        Assert.All(world.Departments, d => Assert.Equal(d.Region == 1 ? 0.95 : 0.4, d.DigitalMaturity));
        Assert.Equal(0.95, new DepartmentAgent(world.Department(1, 2), world).Maturity);
    }

    [Fact]
    public void Mosaic_weights_can_differ_by_region_and_by_service()
    {
        var run = Run(s =>
        {
            s.Mode = ModeKind.Mosaic;
            s.Mosaic = new MosaicSpec
            {
                Administrative = 1, Market = 0, Network = 0, Cyborg = 0,
                ByRegion = [new() { Name = "west", Network = 1 }],
                ByService = [new() { Name = "one_step", Market = 1 }],
            };
        });
        var done = Completed(run);
        Assert.All(done.Where(c => c.Service == 0 && c.Region == 0), c => Assert.Equal(c.ByAdministrative, c.ByAdministrative + c.ByMarket + c.ByNetwork + c.ByPlatform));
        Assert.All(done.Where(c => c.Service == 0 && c.Region == 1), c => Assert.Equal(0, c.ByAdministrative + c.ByMarket + c.ByPlatform));
        Assert.Contains(done, c => c.Service == 0 && c.Region == 1 && c.ByNetwork > 0);
        Assert.All(done.Where(c => c.Service == 1), c => Assert.Equal(0, c.ByAdministrative + c.ByNetwork + c.ByPlatform));
    }

    [Fact]
    public void Maturity_grows_with_push_and_lapses_with_a_new_leader()
    {
        double LastMaturity(RunRecords r, int department) =>
            r.Indicators.Last(i => i.Agent == AgentId.Department(department) && i.Metric == "digital_maturity").Value;

        void Growing(ScenarioSpec s, double push)
        {
            s.Functions.ForEach(f => f.DigitalMaturity = 0.2);
            s.Digitalisation.GrowthPerYear = 5;
            s.Leaders.Regional.Push = push;
        }

        var pushed = Run(s => Growing(s, 1), days: 60, rate: 0.5);
        var idle = Run(s => Growing(s, 0), days: 60, rate: 0.5);
        Assert.True(LastMaturity(pushed, 0) > 0.5, $"{LastMaturity(pushed, 0)}");
        Assert.Equal(0.2, LastMaturity(idle, 0), 12);

        var turnover = Run(s => { Growing(s, 1); s.Leaders.TurnoverPerYear = 50; }, days: 60, rate: 0.5);
        Assert.True(turnover.Count("leader_turnovers") > 0);
        var series = turnover.Indicators.Where(i => i.Agent == AgentId.Department(0) && i.Metric == "digital_maturity").Select(i => i.Value).ToArray();
        Assert.Contains(series.Zip(series.Skip(1)), p => p.Second < p.First); // a drop: the last leader's projects lapsed
    }

    [Fact]
    public void Leaders_backlog_is_recorded_every_day()
    {
        var run = Run(s => { s.Leaders.Regional = new LeaderSpec { AttentionPerDay = 1, Push = 0 }; }, days: 10);
        var backlog = run.Indicators.Where(i => i.Agent == AgentId.Leader(0) && i.Metric == "backlog").ToArray();
        Assert.Equal(10, backlog.Length);
        Assert.True(backlog[^1].Value > backlog[0].Value);
    }

    private static ScenarioSpec Configure(Action<ScenarioSpec> configure)
    {
        var spec = TestWorlds.SmallSpec(5);
        configure(spec);
        return spec;
    }
}
