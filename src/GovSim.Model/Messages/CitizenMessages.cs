using GovSim.Model.Engine;

namespace GovSim.Model.Messages;

// What passes between a citizen and the counters of departments.

/// <summary>The citizen arrives at the issuing department's counter to get <paramref name="ProofCount"/> proofs.</summary>
[GenerateSerializer, Immutable, Alias("govsim.proof-application")]
public sealed record ProofApplication(CaseId Case, int ProofCount) : Message, ICaseMessage;

/// <summary>The citizen leaves the counter with the papers.</summary>
[GenerateSerializer, Immutable, Alias("govsim.proof-issued")]
public sealed record ProofIssued(CaseId Case, int ProofCount) : Message, ICaseMessage;

/// <summary>The citizen hands in the application at the lead department's counter.</summary>
[GenerateSerializer, Immutable, Alias("govsim.case-submission")]
public sealed record CaseSubmission(CaseId Case, int Service, int Region) : Message, ICaseMessage;

/// <summary>The lead department tells the citizen the case is done, with what it cost inside government.</summary>
[GenerateSerializer, Immutable, Alias("govsim.case-completed")]
public sealed record CaseCompleted(CaseId Case, int Escalations, int Interventions, int Rework, double Cost) : Message, ICaseMessage;
