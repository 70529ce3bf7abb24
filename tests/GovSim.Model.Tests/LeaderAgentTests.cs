using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

public class LeaderAgentTests
{
    [Fact]
    public void Limited_attention_makes_escalations_queue_until_the_next_working_day()
    {
        var spec = TestWorlds.SmallSpec();
        spec.Leaders.Regional = new LeaderSpec { AttentionPerDay = 2, ResponseDelayMinutes = 60, Push = 0 };
        var world = World.Compile(spec);
        var cell = new AgentCell(world, new LeaderAgent(0, world));
        cell.Start();
        var mondayTen = 10 * 60L;
        for (var i = 0; i < 5; i++)
            cell.Deliver(new Envelope(mondayTen, AgentId.Department(0), i, cell.Self,
                new Escalation(new CaseId(i, 0), 0, 1, AgentId.Department(0), AgentId.Department(1), false)));

        var directives = cell.Outbox.Where(e => e.Body is Directive).ToList();
        Assert.Equal(2, directives.Count);
        Assert.All(directives, d => Assert.Equal(mondayTen + 60 + world.MessageDelay, d.DeliverAt));
        Assert.All(directives, d => Assert.Equal(1, ((Directive)d.Body).Priority));
        var wake = Assert.Single(cell.Outbox, e => e.Body is Opening);
        Assert.Equal(SimTime.MinutesPerDay + 9 * 60, wake.DeliverAt); // Tuesday 09:00

        cell.Outbox.Clear();
        cell.Deliver(wake);
        Assert.Equal(2, cell.Outbox.Count(e => e.Body is Directive));
        Assert.Equal([new CaseId(2, 0), new CaseId(3, 0)], cell.Outbox.Select(e => e.Body).OfType<Directive>().Select(d => d.Case));
    }
}
