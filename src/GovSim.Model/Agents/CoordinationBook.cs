using GovSim.Model.Engine;
using GovSim.Model.Messages;

namespace GovSim.Model.Agents;

/// <summary>
/// What one agent remembers about coordination, for the mode mechanisms to read and write: open tenders and calls
/// without a bid (market), refusals per request and trust in peers (network), and the last load board the
/// platform published (visibility). Mode classes are stateless; their state lives here, per agent.
/// </summary>
public sealed class CoordinationBook(int departments, double initialTrust)
{
    private readonly double[] _trust = Enumerable.Repeat(initialTrust, departments).ToArray();

    /// <summary>Open calls for proposals by (case, step): the bids received so far.</summary>
    public Dictionary<(CaseId, int), List<(AgentId Provider, double Hours, double Price)>> Tenders { get; } = [];

    /// <summary>Calls for proposals of a step that got no bid so far, by (case, step).</summary>
    public Dictionary<(CaseId, int), int> Unanswered { get; } = [];

    /// <summary>Refusals so far of a peer request, by (case, step).</summary>
    public Dictionary<(CaseId, int), int> Refusals { get; } = [];

    public long RefusalsTotal { get; set; }

    /// <summary>The platform's latest load board, or null without visibility (or before the first one arrives).</summary>
    public LoadBoard? Board { get; set; }

    /// <summary>Trust in a peer department (reciprocity: raised when it accepts my requests, lowered when it refuses).</summary>
    public double TrustIn(int department) => _trust[department];

    /// <summary>Mean trust in all other departments (the day's network indicator).</summary>
    public double MeanTrust(int self)
    {
        if (_trust.Length < 2) return _trust.Length == 1 ? _trust[0] : 0;
        var sum = 0.0;
        for (var i = 0; i < _trust.Length; i++)
            if (i != self) sum += _trust[i];
        return sum / (_trust.Length - 1);
    }

    public void Reciprocate(int department, bool accepted, double step) =>
        _trust[department] = accepted ? _trust[department] + step * (1 - _trust[department]) : _trust[department] * (1 - step);
}
