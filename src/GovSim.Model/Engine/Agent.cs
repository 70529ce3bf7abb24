namespace GovSim.Model.Engine;

/// <summary>
/// An agent's logic: plain state plus handlers. It knows nothing of Orleans; grains and the reference host
/// feed it events in canonical order through an <see cref="AgentCell"/>.
/// </summary>
public abstract class Agent(AgentId id)
{
    public AgentId Id { get; } = id;

    /// <summary>Called once at tick 0, before any event: schedule first timers here.</summary>
    public virtual void Start(IAgentContext ctx)
    {
    }

    public abstract void Handle(Envelope envelope, IAgentContext ctx);

    /// <summary>What a view may show of the agent now (queues, backlog, maturity); by default only its identity.</summary>
    public virtual AgentSnapshot Snapshot(long now) => new(Id, now, 0, 0, 0, 0, false);

    /// <summary>Called once when the run ends: record whatever is still open.</summary>
    public virtual void Finish(IAgentContext ctx)
    {
    }
}
