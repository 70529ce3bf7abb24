using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Reference;

namespace GovSim.Model.Tests;

public class EngineEquivalenceTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public void Rounds_in_any_order_reproduce_the_sequential_reference_exactly(long seed, int scramble)
    {
        var world = TestWorlds.Small(seed);
        var reference = new ReferenceHost().Run(world);
        var rounds = RoundHost.Run(world, scramble);
        Assert.True(reference.Cases.Length > 300, "the test world should produce a fair number of cases");
        Assert.Equal(Fingerprint.Of(reference), Fingerprint.Of(rounds));
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
