using GovSim.Model.Engine;
using GovSim.Model.Messages;

namespace GovSim.Model.Metrics;

/// <summary>One case as its citizen saw it, written when it ends (or when the run ends), with what the lead reported.</summary>
[GenerateSerializer, Immutable, Alias("govsim.case-record")]
public sealed record CaseRecord(
    CaseId Case,
    int Service,
    int Region,
    long SubmittedAt,
    long FinishedAt,
    long Deadline,
    CaseOutcome Outcome,
    Channel Channel,
    int Trips,
    int ProofsByCitizen,
    int Escalations,
    int Interventions,
    int Rework,
    double Cost,
    double Satisfaction,
    int ByAdministrative,
    int ByMarket,
    int ByNetwork,
    int ByPlatform,
    bool Fallback) : SimRecord;
