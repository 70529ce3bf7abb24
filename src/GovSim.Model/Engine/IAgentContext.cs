using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Engine;

/// <summary>
/// Everything an agent may touch while handling an event. Agents never see each other: they only send messages,
/// so the host (sequential or Orleans) is free to run them anywhere.
/// </summary>
public interface IAgentContext
{
    /// <summary>The current simulated tick (the delivery time of the event being handled).</summary>
    long Now { get; }

    AgentId Self { get; }

    /// <summary>The compiled scenario: read-only, identical in every silo.</summary>
    World World { get; }

    /// <summary>This agent's own random stream.</summary>
    AgentRandom Random { get; }

    /// <summary>
    /// Sends <paramref name="body"/> to arrive <paramref name="delay"/> ticks from now. To another agent the delay must be
    /// at least the world's lookahead; to oneself (a timer) at least one tick.
    /// </summary>
    void Send(AgentId to, Message body, long delay);

    /// <summary>Hands a result row to the data collector.</summary>
    void Record(SimRecord record);
}

public static class AgentContextExtensions
{
    /// <summary>A timer: a message to oneself.</summary>
    public static void Schedule(this IAgentContext ctx, Message body, long delay) => ctx.Send(ctx.Self, body, delay);
}
