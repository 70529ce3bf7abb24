namespace GovSim.Model.Engine;

/// <summary>
/// Who may message whom, and the least delay such a message takes: the model's communication topology.
/// The round scheduler derives each kind's safe horizon from it (an agent can only be reached by a kind that has
/// something due, plus that kind's least delay), so quiet kinds do not force everyone into short rounds.
/// <see cref="AgentCell.Send"/> enforces it.
/// </summary>
public sealed class DelayTable
{
    private const int Kinds = 6; // AgentKind values are 1..5
    private readonly long[,] _min = new long[Kinds, Kinds];

    public DelayTable()
    {
        for (var i = 0; i < Kinds; i++)
            for (var j = 0; j < Kinds; j++)
                _min[i, j] = SimTime.Never;
    }

    public static IReadOnlyList<AgentKind> AllKinds { get; } = Enum.GetValues<AgentKind>();

    public DelayTable Allow(AgentKind from, AgentKind to, long minimumDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumDelay, 1);
        _min[(int)from, (int)to] = minimumDelay;
        return this;
    }

    /// <summary>The least delay of any message between two agents: the lookahead of conservative synchronisation.</summary>
    public long MinDelay
    {
        get
        {
            var min = SimTime.Never;
            foreach (var d in _min) min = Math.Min(min, d);
            return min;
        }
    }

    /// <summary>The least delay of a message from <paramref name="from"/> to <paramref name="to"/>, or Never if not allowed.</summary>
    public long Min(AgentKind from, AgentKind to) => _min[(int)from, (int)to];

    /// <summary>
    /// The least delay over any chain of one or more messages from a kind to a kind (all-pairs shortest paths):
    /// an agent of kind <c>j</c> with something due at <c>t</c> cannot affect kind <c>k</c> before <c>t + Reach(j, k)</c>,
    /// whether directly or through others (a citizen's visit makes a department answer that citizen).
    /// </summary>
    public long[,] Reach()
    {
        var reach = (long[,])_min.Clone();
        for (var via = 0; via < Kinds; via++)
            for (var i = 0; i < Kinds; i++)
                for (var j = 0; j < Kinds; j++)
                    if (reach[i, via] != SimTime.Never && reach[via, j] != SimTime.Never)
                        reach[i, j] = Math.Min(reach[i, j], reach[i, via] + reach[via, j]);
        return reach;
    }
}
