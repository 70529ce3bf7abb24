using GovSim.Model.Engine;

namespace GovSim.Model.Messages;

// Cyborg mode: the platform.

/// <summary>The platform dispatches a step to a department.</summary>
[GenerateSerializer, Immutable, Alias("govsim.platform-dispatch")]
public sealed record PlatformDispatch(CaseId Case, int Service, int Step) : Message, ICaseMessage;

/// <summary>Timer: the SLA of a dispatched step runs out.</summary>
[GenerateSerializer, Immutable, Alias("govsim.sla-check")]
public sealed record SlaCheck(CaseId Case, int Service, int Step) : Message;

/// <summary>Timer: the platform goes down (true) or comes back up (false).</summary>
[GenerateSerializer, Immutable, Alias("govsim.outage")]
public sealed record Outage(bool Starts) : Message;
