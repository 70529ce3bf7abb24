using GovSim.Model.Engine;

namespace GovSim.Model.Tests;

public class AgentRandomTests
{
    private static ulong[] Draw(AgentRandom r, int n) => Enumerable.Range(0, n).Select(_ => r.NextUInt64()).ToArray();

    [Fact]
    public void Same_seed_and_agent_give_the_same_stream()
    {
        Assert.Equal(Draw(new AgentRandom(7, AgentId.Citizen(3)), 100), Draw(new AgentRandom(7, AgentId.Citizen(3)), 100));
    }

    [Fact]
    public void Different_agents_seeds_or_kinds_give_different_streams()
    {
        var a = Draw(new AgentRandom(7, AgentId.Citizen(3)), 10);
        Assert.NotEqual(a, Draw(new AgentRandom(7, AgentId.Citizen(4)), 10));
        Assert.NotEqual(a, Draw(new AgentRandom(8, AgentId.Citizen(3)), 10));
        Assert.NotEqual(a, Draw(new AgentRandom(7, AgentId.Department(3)), 10));
    }

    [Fact]
    public void Doubles_are_uniform_in_the_unit_interval()
    {
        var r = new AgentRandom(1, AgentId.Leader(0));
        var xs = Enumerable.Range(0, 100_000).Select(_ => r.NextDouble()).ToArray();
        Assert.All(xs, x => Assert.InRange(x, 0.0, 0.9999999999));
        Assert.InRange(xs.Average(), 0.495, 0.505);
        Assert.InRange(xs.Count(x => x < 0.1) / 100_000.0, 0.095, 0.105);
    }

    [Fact]
    public void Integers_stay_in_range_and_exponentials_have_the_right_mean()
    {
        var r = new AgentRandom(2, AgentId.Leader(0));
        Assert.All(Enumerable.Range(0, 10_000).Select(_ => r.Next(3, 9)), x => Assert.InRange(x, 3, 8));
        var mean = Enumerable.Range(0, 200_000).Average(_ => r.Exponential(30));
        Assert.InRange(mean, 29.6, 30.4);
    }
}
