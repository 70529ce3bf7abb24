using GovSim.Grains.Interfaces;
using GovSim.Model.Engine;
using GovSim.Model.Reference;
using GovSim.Model.Scenario;
using Orleans.Runtime;

namespace GovSim.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class ClusterRunTests(ClusterFixture fixture)
{
    private async Task<Model.Metrics.RunRecords> RunOnCluster(ScenarioSpec spec, string runKey, Partitioning? partitioning = null)
    {
        var coordinator = fixture.Cluster.Client.GetGrain<IRunCoordinatorGrain>(runKey);
        var collector = new Model.Metrics.DataCollector();
        collector.Write((await coordinator.Start(new RunSpec(runKey, ScenarioJson.Serialize(spec), partitioning ?? Partitioning.ByRegion))).Records);
        for (var day = 1; day <= spec.DurationDays; day++) collector.Write((await coordinator.Advance(SimTime.StartOfDay(day))).Records);
        var end = await coordinator.Finish();
        collector.Write(end.Records);
        return collector.Build(end.Totals);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("region")]
    [InlineData("1")]
    [InlineData("4")]
    public async Task A_run_spread_over_two_silos_matches_the_reference_host_exactly(string partitioning)
    {
        var spec = TestWorlds.SmallSpec(seed: 11);
        var onCluster = await RunOnCluster(spec, $"equivalence/{partitioning}", Partitioning.Parse(partitioning));
        var reference = new ReferenceHost().Run(World.Compile(spec));
        Assert.Equal(Fingerprint.Of(reference), Fingerprint.Of(onCluster));
    }

    [Fact]
    public async Task Agents_of_a_run_are_placed_on_both_silos()
    {
        var spec = TestWorlds.SmallSpec(seed: 12, days: 2);
        var runKey = "placement/1";
        var coordinator = fixture.Cluster.Client.GetGrain<IRunCoordinatorGrain>(runKey);
        await coordinator.Start(new RunSpec(runKey, ScenarioJson.Serialize(spec), Partitioning.PerAgent)); // many grains: both silos get some
        var management = fixture.Cluster.Client.GetGrain<IManagementGrain>(0);
        var stats = await management.GetDetailedGrainStatistics();
        var silos = stats.Where(s => s.GrainId.Key.ToString()!.StartsWith(runKey)).Select(s => s.SiloAddress).Distinct().Count();
        Assert.Equal(2, silos);
        await coordinator.Finish();
    }

    [Fact]
    public async Task Two_runs_with_different_keys_run_side_by_side_without_interfering()
    {
        var a = TestWorlds.SmallSpec(seed: 21, days: 5);
        var b = TestWorlds.SmallSpec(seed: 22, days: 5);
        var results = await Task.WhenAll(RunOnCluster(a, "parallel/a"), RunOnCluster(b, "parallel/b"));
        Assert.Equal(Fingerprint.Of(new ReferenceHost().Run(World.Compile(a))), Fingerprint.Of(results[0]));
        Assert.Equal(Fingerprint.Of(new ReferenceHost().Run(World.Compile(b))), Fingerprint.Of(results[1]));
    }

    [Fact]
    public async Task Any_agent_can_be_inspected_by_its_identity_whatever_partition_hosts_it()
    {
        var spec = TestWorlds.SmallSpec(seed: 31, days: 4);
        spec.Mode = ModeKind.Cyborg;
        var world = World.Compile(spec);
        var until = SimTime.StartOfDay(2) + 11 * 60; // Wednesday 11:00, offices busy
        var agents = new[] { AgentId.Department(0), AgentId.Department(4), AgentId.Leader(0), AgentId.Leader(2), world.Platform, AgentId.Citizen(3) };

        // The same moment on one local partition holding everything: what the grains show must be the same.
        var local = new Partition(world, _ => true);
        local.Start();
        local.Step(until + 1, []);
        foreach (var partitioning in new[] { Partitioning.PerAgent, Partitioning.ByRegion, Partitioning.Fixed(3) })
        {
            var runKey = $"inspect/{partitioning}";
            var coordinator = fixture.Cluster.Client.GetGrain<IRunCoordinatorGrain>(runKey);
            await coordinator.Start(new RunSpec(runKey, ScenarioJson.Serialize(spec), partitioning));
            await coordinator.Advance(until);
            foreach (var agent in agents)
                Assert.Equal(local.Inspect(agent, until), await coordinator.Inspect(agent));
            await coordinator.Finish();
        }

        Assert.Contains(agents.Select(a => local.Inspect(a, until)!), s => s.Waiting + s.Busy > 0);
    }
}
