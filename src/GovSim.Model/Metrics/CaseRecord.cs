using GovSim.Model.Engine;
using GovSim.Model.Messages;

namespace GovSim.Model.Metrics;

/// <summary>
/// One case as its citizen saw it, written when it ends (or when the run ends), with what the lead reported.
/// <paramref name="Messages"/> counts the messages about the case that any agent sent up to the tick it ended (all of
/// them for a case still open at the end): late replies to a case already given up count in the run's total only.
/// </summary>
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
    int Messages,
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
