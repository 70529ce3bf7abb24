using GovSim.Model.Engine;

namespace GovSim.Model.Messages;

// Administrative mode and the answers every mode ends with.

/// <summary>
/// A department (or the platform, on an SLA breach) asks a leader to make <paramref name="Target"/> do a step.
/// <paramref name="Bump"/>: the step is already queued there; the directive only raises its priority.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.escalation")]
public sealed record Escalation(CaseId Case, int Service, int Step, AgentId Requester, AgentId Target, bool Bump) : Message, ICaseMessage;

/// <summary>A leader orders a department to do a step for the requester; directives carry priority.</summary>
[GenerateSerializer, Immutable, Alias("govsim.directive")]
public sealed record Directive(CaseId Case, int Service, int Step, AgentId Requester, int Priority, bool Bump) : Message, ICaseMessage;

/// <summary>
/// The working department (or agency) reports a finished step back to the requester, with what the work cost
/// government (staff time; an agency's work was paid at the award).
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.step-done")]
public sealed record StepDone(CaseId Case, int Step, int Interventions, double Cost) : Message, ICaseMessage;

/// <summary>The lead asks an issuing department for a proof from its data (data_shared).</summary>
[GenerateSerializer, Immutable, Alias("govsim.data-request")]
public sealed record DataRequest(CaseId Case, int Issuer, double RequesterMaturity) : Message, ICaseMessage;

/// <summary>The issuer's answer: the data were online and connected, or not.</summary>
[GenerateSerializer, Immutable, Alias("govsim.data-reply")]
public sealed record DataReply(CaseId Case, int Issuer, bool Found) : Message, ICaseMessage;
