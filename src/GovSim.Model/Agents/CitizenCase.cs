using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>A case as the citizen follows it: which trips remain, and what it has cost the citizen so far.</summary>
internal sealed class CitizenCase(CaseId id, ServiceInfo service, long submittedAt)
{
    public CaseId Id { get; } = id;
    public ServiceInfo Service { get; } = service;
    public long SubmittedAt { get; } = submittedAt;
    public int NextFetchTrip { get; set; }
    public int Trips { get; set; }
    public int ProofsByCitizen { get; set; }
}
