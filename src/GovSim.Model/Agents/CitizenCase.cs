using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>A case as the citizen follows it: the trips still to make, where to go after them, what it has cost.</summary>
internal sealed class CitizenCase(CaseId id, ServiceInfo service, long submittedAt)
{
    public CaseId Id { get; } = id;
    public ServiceInfo Service { get; } = service;
    public long SubmittedAt { get; } = submittedAt;

    /// <summary>Issuers still to visit for papers, with how many papers at each.</summary>
    public Queue<(int Issuer, int Count)> Visits { get; } = new();

    /// <summary>Who asked for the papers being fetched (null: they are for the first submission).</summary>
    public AgentId? DeliverTo { get; set; }

    /// <summary>How the case was applied for; none while the citizen is still fetching papers.</summary>
    public Channel Channel { get; set; } = Channel.None;
    public int Trips { get; set; }
    public int ProofsByCitizen { get; set; }

    /// <summary>Messages about the case sent so far, by any agent (the partition hosting the citizen counts them).</summary>
    public int Messages { get; set; }

    /// <summary>Clerks' time spent issuing this case's papers (the lead reports the rest at completion).</summary>
    public double Cost { get; set; }
}
