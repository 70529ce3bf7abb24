using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

/// <summary>
/// The Orleans host's algorithm without Orleans: agent runners stepped in rounds by the round scheduler, in a
/// scrambled order each round. It must reproduce the reference host exactly.
/// </summary>
public static class RoundHost
{
    public static RunRecords Run(World world, int scrambleSeed = 0)
    {
        var runners = world.AllAgents().ToDictionary(id => id, id => new AgentRunner(world, AgentFactory.Create(world, id)));
        var scheduler = new RoundScheduler(world.Delays, world.Duration);
        var collector = new DataCollector();
        var scramble = new Random(scrambleSeed);

        void Absorb(AgentId id, StepOutput output)
        {
            foreach (var e in output.Outgoing) collector.OnSend(e);
            foreach (var r in output.Records) collector.OnRecord(r);
            collector.OnEvents(output.Events);
            scheduler.Accept(id, output);
        }

        foreach (var (id, runner) in runners) Absorb(id, runner.Start());
        while (scheduler.NextRound(world.Duration) is { } round)
            foreach (var step in round.Steps.OrderBy(_ => scramble.Next()))
                Absorb(step.Agent, runners[step.Agent].Step(step.End, step.Incoming.OrderBy(_ => scramble.Next()).ToArray()));
        foreach (var (id, runner) in runners) Absorb(id, runner.Finish(world.Duration));
        return collector.Build();
    }
}
