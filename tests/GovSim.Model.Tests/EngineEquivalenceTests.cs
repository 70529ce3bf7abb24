using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Reference;

namespace GovSim.Model.Tests;

public class EngineEquivalenceTests
{
    [Theory]
    [InlineData(1, 0, "agent")]
    [InlineData(2, 1, "region")]
    [InlineData(3, 2, "1")]
    [InlineData(4, 3, "2")]
    [InlineData(5, 4, "7")]
    public void Partitions_stepped_in_any_order_reproduce_the_sequential_reference_exactly(long seed, int scramble, string partitioning)
    {
        var world = TestWorlds.Small(seed);
        var reference = new ReferenceHost().Run(world);
        var rounds = PartitionHost.Run(world, Partitioning.Parse(partitioning)!, scramble);
        Assert.True(reference.Cases.Length > 300, "the test world should produce a fair number of cases");
        Assert.Equal(Fingerprint.Of(reference), Fingerprint.Of(rounds));
    }

    [Fact]
    public void Idle_agents_are_not_kept_and_are_rebuilt_identically_when_reached()
    {
        // Few needs among many citizens: most citizens never act, so a partition keeps only the active ones.
        var world = TestWorlds.Small(seed: 8, citizens: 5_000, ratePerHour: 0.5, days: 5);
        var partition = new Partition(world, _ => true);
        partition.Start();
        Assert.True(partition.LiveAgents < 1_000, $"{partition.LiveAgents} agents kept");
        var reference = new ReferenceHost().Run(world);
        Assert.Equal(Fingerprint.Of(reference), Fingerprint.Of(PartitionHost.Run(world, Partitioning.ByRegion, 3)));
    }

    [Fact]
    public void The_lookahead_is_the_least_delay_between_two_agents()
    {
        var world = TestWorlds.Small();
        Assert.Equal(Math.Min(world.MessageDelay, world.TravelTime), world.Delays.MinDelay);
    }

    [Fact]
    public void Same_seed_gives_the_same_records_and_another_seed_different_ones()
    {
        var a = Fingerprint.Of(new ReferenceHost().Run(TestWorlds.Small(5)));
        var b = Fingerprint.Of(new ReferenceHost().Run(TestWorlds.Small(5)));
        var c = Fingerprint.Of(new ReferenceHost().Run(TestWorlds.Small(6)));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Horizons_follow_chains_of_messages_not_only_direct_links()
    {
        var world = TestWorlds.Small();
        var reach = world.Delays.Reach();
        // Citizens never message citizens, but a citizen's message makes a department answer.
        var either = Math.Min(world.TravelTime, world.MessageDelay);
        Assert.Equal(SimTime.Never, world.Delays.Min(AgentKind.Citizen, AgentKind.Citizen));
        Assert.Equal(2 * either, reach[(int)AgentKind.Citizen, (int)AgentKind.Citizen]);
        // A directive makes a department finish a case and notify the citizen.
        Assert.Equal(world.MessageDelay + Math.Min(world.TravelTime, world.MessageDelay), reach[(int)AgentKind.Leader, (int)AgentKind.Citizen]);
    }
}
