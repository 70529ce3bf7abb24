using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>A case the department leads (it owns the first step): where it stands and what coordination it took.</summary>
internal sealed class LeadCase(CaseId id, ServiceInfo service, AgentId citizen)
{
    public CaseId Id { get; } = id;
    public ServiceInfo Service { get; } = service;
    public AgentId Citizen { get; } = citizen;
    public int Escalations { get; set; }
    public int Interventions { get; set; }
}
