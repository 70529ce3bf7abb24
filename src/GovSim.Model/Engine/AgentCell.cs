using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Engine;

/// <summary>
/// Hosts one agent for any engine: owns its random stream and sequence counter, and collects what it sends and
/// records until the host drains them. Both hosts go through this class, so they number messages identically.
/// </summary>
public sealed class AgentCell : IAgentContext
{
    private long _seq;

    public AgentCell(World world, Agent agent)
    {
        World = world;
        Agent = agent;
        Random = new AgentRandom(world.Seed, agent.Id);
    }

    public Agent Agent { get; }
    public World World { get; }
    public AgentRandom Random { get; }
    public AgentId Self => Agent.Id;
    public long Now { get; private set; }
    public long EventsHandled { get; private set; }
    public List<Envelope> Outbox { get; } = [];
    public List<SimRecord> Records { get; } = [];

    public void Start()
    {
        Now = 0;
        Agent.Start(this);
    }

    public void Deliver(Envelope envelope)
    {
        if (envelope.DeliverAt < Now)
            throw new InvalidOperationException($"{Self} received an event for tick {envelope.DeliverAt} after tick {Now}: {envelope.Body.GetType().Name} from {envelope.From}.");
        Now = envelope.DeliverAt;
        EventsHandled++;
        Agent.Handle(envelope, this);
    }

    public void Finish(long end)
    {
        Now = Math.Max(Now, end);
        Agent.Finish(this);
    }

    public void Send(AgentId to, Message body, long delay)
    {
        var minimum = to == Self ? 1 : World.Delays.Min(Self.Kind, to.Kind);
        if (minimum == SimTime.Never)
            throw new InvalidOperationException($"{Self} may not message {to}: the world's delay table has no such link.");
        if (delay < minimum)
            throw new InvalidOperationException(
                $"{Self} sent {body.GetType().Name} to {to} with delay {delay}; the minimum is {minimum} tick(s).");
        var seq = _seq++;
        // A timer due after the end of the run can never fire: keeping it would only grow the event queue (a patience
        // timer per case in a long run). Messages to others are kept, since they count as sent.
        if (to == Self && Now + delay > World.Duration) return;
        Outbox.Add(new Envelope(Now + delay, Self, seq, to, body));
    }

    public void Record(SimRecord record) => Records.Add(record);
}
