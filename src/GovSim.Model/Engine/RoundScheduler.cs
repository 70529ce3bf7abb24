namespace GovSim.Model.Engine;

/// <summary>
/// The run coordinator's book-keeping for hosts that advance in rounds (conservative synchronisation): messages in
/// flight and each agent's next timer, per kind of agent. In a round, each kind may safely handle everything due
/// before its horizon: over every kind that can reach it, directly or through others, the earliest time that kind has
/// something due plus the least delay of that chain (<see cref="DelayTable.Reach"/>). Nothing can then arrive behind an agent's back, so every agent sees its events
/// in canonical order, and empty or quiet time (nights, weekends) passes in a few rounds.
/// </summary>
public sealed class RoundScheduler(DelayTable delays, long end)
{
    private static readonly AgentKind[] Kinds = [.. DelayTable.AllKinds];
    private readonly long[,] _reach = delays.Reach();
    private readonly PriorityQueue<Envelope, EventOrder>[] _inFlight = NewPerKind<PriorityQueue<Envelope, EventOrder>>();
    private readonly PriorityQueue<AgentId, long>[] _wakes = NewPerKind<PriorityQueue<AgentId, long>>();
    private readonly long[] _next = new long[Kinds.Max(k => (int)k) + 1];
    private readonly Dictionary<AgentId, RoundStep> _steps = [];

    /// <summary>Earliest tick at which anything is due, or <see cref="SimTime.Never"/>.</summary>
    public long NextTime
    {
        get
        {
            var t = SimTime.Never;
            foreach (var kind in Kinds) t = Math.Min(t, NextTimeOf(kind));
            return t;
        }
    }

    public void Accept(AgentId from, StepOutput output)
    {
        foreach (var e in output.Outgoing) _inFlight[(int)e.To.Kind].Enqueue(e, EventOrder.Of(e));
        if (output.NextWake != SimTime.Never) _wakes[(int)from.Kind].Enqueue(from, output.NextWake);
    }

    /// <summary>
    /// The next round, if anything is due no later than <paramref name="limit"/> and the run's end: per agent to step,
    /// the tick it may run to (exclusive) and the messages it receives. The order of steps carries no meaning.
    /// </summary>
    public Round? NextRound(long limit)
    {
        var cap = Math.Min(limit, end);
        var start = NextTime;
        if (start > cap) return null;

        foreach (var kind in Kinds) _next[(int)kind] = NextTimeOf(kind);
        _steps.Clear();
        foreach (var kind in Kinds)
        {
            var horizon = cap + 1;
            foreach (var sender in Kinds)
            {
                var reach = _reach[(int)sender, (int)kind];
                var next = _next[(int)sender];
                if (reach != SimTime.Never && next != SimTime.Never) horizon = Math.Min(horizon, next + reach);
            }

            var inFlight = _inFlight[(int)kind];
            while (inFlight.TryPeek(out var e, out _) && e.DeliverAt < horizon) StepOf(e.To, horizon).Incoming.Add(inFlight.Dequeue());
            var wakes = _wakes[(int)kind];
            while (wakes.TryPeek(out var agent, out var w) && w < horizon)
            {
                wakes.Dequeue();
                StepOf(agent, horizon);
            }
        }

        return new Round(start, [.. _steps.Values]);
    }

    private RoundStep StepOf(AgentId agent, long horizon)
    {
        if (!_steps.TryGetValue(agent, out var step)) _steps[agent] = step = new RoundStep(agent, horizon, []);
        return step;
    }

    private long NextTimeOf(AgentKind kind)
    {
        var t = SimTime.Never;
        if (_inFlight[(int)kind].TryPeek(out var e, out _)) t = e.DeliverAt;
        if (_wakes[(int)kind].TryPeek(out _, out var w)) t = Math.Min(t, w);
        return t;
    }

    private static T[] NewPerKind<T>() where T : new() =>
        Enumerable.Range(0, Kinds.Max(k => (int)k) + 1).Select(_ => new T()).ToArray();
}

/// <summary>One round: the tick it started at and the agents to step.</summary>
public sealed record Round(long Start, RoundStep[] Steps);

/// <summary>Step <paramref name="Agent"/> through every event before <paramref name="End"/>, with these messages.</summary>
public sealed record RoundStep(AgentId Agent, long End, List<Envelope> Incoming);
