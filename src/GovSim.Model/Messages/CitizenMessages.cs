using GovSim.Model.Engine;

namespace GovSim.Model.Messages;

// What passes between a citizen and the counters of departments or the platform.

/// <summary>How an application reached government.</summary>
[GenerateSerializer, Alias("govsim.channel")]
public enum Channel : byte
{
    /// <summary>Not applied yet: the citizen was still fetching papers when the case ended.</summary>
    None = 0,

    /// <summary>In person at a department's counter.</summary>
    Counter = 1,

    /// <summary>Online through the platform, 24/7 (digitally skilled citizens).</summary>
    Online = 2,

    /// <summary>In person at the platform's assisted counter, in office hours (citizens without digital skills).</summary>
    Assisted = 3,
}

/// <summary>The citizen arrives at the issuing department's counter to get <paramref name="ProofCount"/> proofs.</summary>
[GenerateSerializer, Immutable, Alias("govsim.proof-application")]
public sealed record ProofApplication(CaseId Case, int ProofCount) : Message, ICaseMessage;

/// <summary>The citizen leaves the counter with the papers; <paramref name="Cost"/> is the clerk's time.</summary>
[GenerateSerializer, Immutable, Alias("govsim.proof-issued")]
public sealed record ProofIssued(CaseId Case, int ProofCount, double Cost) : Message, ICaseMessage;

/// <summary>
/// The citizen hands in the application. <paramref name="Fallback"/>: the platform turned it away (outage or data
/// mismatch), so the department handles it by hierarchy.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.case-submission")]
public sealed record CaseSubmission(CaseId Case, int Service, int Region, Channel Channel, bool Fallback) : Message, ICaseMessage;

/// <summary>The platform cannot take the application (it is down, or the data do not match): go to the counter.</summary>
[GenerateSerializer, Immutable, Alias("govsim.submission-rejected")]
public sealed record SubmissionRejected(CaseId Case) : Message, ICaseMessage;

/// <summary>The lead needs papers after all (a data pull failed, or a commitment proved false): issuers as a bit mask of functions.</summary>
[GenerateSerializer, Immutable, Alias("govsim.proofs-required")]
public sealed record ProofsRequired(CaseId Case, long Issuers) : Message, ICaseMessage;

/// <summary>The citizen brings the papers the lead asked for.</summary>
[GenerateSerializer, Immutable, Alias("govsim.proofs-delivered")]
public sealed record ProofsDelivered(CaseId Case) : Message, ICaseMessage;

/// <summary>
/// The lead tells the citizen the case is done, with what it took inside government: escalations, leader
/// interventions, rework, cost, steps by mode (administrative, market, network, platform), and whether it fell back.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.case-completed")]
public sealed record CaseCompleted(CaseId Case, int Escalations, int Interventions, int Rework, double Cost,
    int ByAdministrative, int ByMarket, int ByNetwork, int ByPlatform, bool Fallback) : Message, ICaseMessage;
