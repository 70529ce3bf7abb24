using GovSim.Model.Engine;

namespace GovSim.Model.Messages;

// What passes between departments and leaders when a case needs another department.

/// <summary>A department asks its leader to make another department do step <paramref name="Step"/> of a case.</summary>
[GenerateSerializer, Immutable, Alias("govsim.escalation")]
public sealed record Escalation(CaseId Case, int Service, int Step, AgentId Requester, AgentId Target) : Message, ICaseMessage;

/// <summary>A leader orders a department to do a step for the requester; directives carry priority.</summary>
[GenerateSerializer, Immutable, Alias("govsim.directive")]
public sealed record Directive(CaseId Case, int Service, int Step, AgentId Requester, int Priority) : Message, ICaseMessage;

/// <summary>The working department reports a finished step back to the lead department.</summary>
[GenerateSerializer, Immutable, Alias("govsim.step-done")]
public sealed record StepDone(CaseId Case, int Step, int Interventions) : Message, ICaseMessage;
