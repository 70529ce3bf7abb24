using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

public class DepartmentAgentTests
{
    private static readonly long MondayTen = 10 * 60;

    private static (AgentCell Cell, World World) Department(Distribution distribution = Distribution.Deterministic)
    {
        var spec = TestWorlds.SmallSpec();
        spec.Functions[0].Staff = 2;
        spec.Functions[0].ServiceTime = new ServiceTimeSpec { Distribution = distribution, MeanMinutes = 30 };
        var world = World.Compile(spec);
        var cell = new AgentCell(world, new DepartmentAgent(world.Departments[0], world));
        cell.Start();
        cell.Outbox.Clear(); // the first DayEnd timer
        return (cell, world);
    }

    private static Envelope From(int citizen, long at, Message body) => new(at, AgentId.Citizen(citizen), 0, AgentId.Department(0), body);

    [Fact]
    public void Staff_work_in_parallel_and_the_rest_wait()
    {
        var (cell, _) = Department();
        for (var i = 0; i < 3; i++) cell.Deliver(From(i, MondayTen, new ProofApplication(new CaseId(i, 0), 1)));

        var started = cell.Outbox.Where(e => e.Body is ServiceDone).ToList();
        Assert.Equal(2, started.Count);
        Assert.All(started, e => Assert.Equal(MondayTen + 30, e.DeliverAt));

        cell.Outbox.Clear();
        cell.Deliver(started[0]);
        var issued = Assert.Single(cell.Outbox, e => e.Body is ProofIssued);
        Assert.Equal(AgentId.Citizen(0), issued.To);
        var next = Assert.Single(cell.Outbox, e => e.Body is ServiceDone);
        Assert.Equal(MondayTen + 60, next.DeliverAt); // the third citizen is served when a clerk frees up
        Assert.Equal(new CaseId(2, 0), ((ServiceDone)next.Body).Job.Case);
    }

    [Fact]
    public void Work_arriving_when_closed_waits_for_the_opening()
    {
        var (cell, _) = Department();
        cell.Deliver(From(0, 3 * 60, new ProofApplication(new CaseId(0, 0), 1))); // Monday 03:00
        var opening = Assert.Single(cell.Outbox);
        Assert.IsType<Opening>(opening.Body);
        Assert.Equal(9 * 60, opening.DeliverAt);

        cell.Outbox.Clear();
        cell.Deliver(opening);
        var done = Assert.Single(cell.Outbox);
        Assert.Equal(9 * 60 + 30, done.DeliverAt);
    }

    [Fact]
    public void A_lead_department_escalates_a_step_owned_by_another_function_to_its_leader()
    {
        var (cell, world) = Department();
        var twoSteps = world.Services.Single(s => s.Name == "two_steps");
        cell.Deliver(From(0, MondayTen, new CaseSubmission(new CaseId(0, 0), twoSteps.Index, 0, Channel.Counter, false)));
        var done = Assert.Single(cell.Outbox);
        cell.Outbox.Clear();
        cell.Deliver(done);

        var escalation = Assert.Single(cell.Outbox);
        Assert.Equal(world.RegionalLeader(0), escalation.To);
        var body = Assert.IsType<Escalation>(escalation.Body);
        Assert.Equal(1, body.Step);
        Assert.Equal(world.Department(0, 1).Id, body.Target);
        Assert.Equal(MondayTen + 30 + world.MessageDelay, escalation.DeliverAt);
    }

    [Fact]
    public void Directives_jump_the_queue()
    {
        var (cell, _) = Department();
        for (var i = 0; i < 3; i++) cell.Deliver(From(i, MondayTen, new ProofApplication(new CaseId(i, 0), 1)));
        cell.Deliver(new Envelope(MondayTen, AgentId.Leader(0), 0, AgentId.Department(0),
            new Directive(new CaseId(9, 0), 0, 1, AgentId.Department(1), Priority: 1, Bump: false)));
        cell.Outbox.Clear();
        var first = new Envelope(MondayTen + 30, AgentId.Department(0), 0, AgentId.Department(0),
            new ServiceDone(new Job(JobKind.Proof, new CaseId(0, 0), -1, -1, AgentId.Citizen(0), 0, 0, 1, MondayTen), 30));
        cell.Deliver(first);
        var next = Assert.Single(cell.Outbox, e => e.Body is ServiceDone);
        Assert.Equal(new CaseId(9, 0), ((ServiceDone)next.Body).Job.Case);
    }

    [Fact]
    public void Sending_faster_than_the_delay_table_allows_is_a_bug_caught_at_once()
    {
        var (cell, _) = Department();
        Assert.Throws<InvalidOperationException>(() => cell.Send(AgentId.Department(1), new DayEnd(), 1));
        Assert.Throws<InvalidOperationException>(() => cell.Send(AgentId.Department(0), new DayEnd(), 0));
    }
}
