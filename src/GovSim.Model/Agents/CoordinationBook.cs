using GovSim.Model.Engine;

namespace GovSim.Model.Agents;

/// <summary>
/// What one agent remembers about coordination, for the mode mechanisms to read and write: open tenders (market),
/// refusals per request and trust in peers (network). Mode classes are stateless; their state lives here, per agent.
/// </summary>
public sealed class CoordinationBook(int departments, double initialTrust)
{
    private readonly double[] _trust = Enumerable.Repeat(initialTrust, departments).ToArray();

    /// <summary>Open calls for proposals by (case, step): the bids received so far.</summary>
    public Dictionary<(CaseId, int), List<(AgentId Provider, double Hours, double Price)>> Tenders { get; } = [];

    /// <summary>Refusals so far of a peer request, by (case, step).</summary>
    public Dictionary<(CaseId, int), int> Refusals { get; } = [];

    public long RefusalsTotal { get; set; }

    /// <summary>Trust in a peer department (reciprocity: raised when it accepts my requests, lowered when it refuses).</summary>
    public double TrustIn(int department) => _trust[department];

    public void Reciprocate(int department, bool accepted, double step) =>
        _trust[department] = accepted ? _trust[department] + step * (1 - _trust[department]) : _trust[department] * (1 - step);
}
