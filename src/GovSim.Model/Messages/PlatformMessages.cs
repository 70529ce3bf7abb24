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

/// <summary>
/// The working department did not take up a dispatched step (its systems are not connected for this item, or it
/// resists the platform): the platform must send it the manual route, through the leader.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.dispatch-declined")]
public sealed record DispatchDeclined(CaseId Case, int Service, int Step) : Message, ICaseMessage;

/// <summary>A provider's load for the platform's board: waiting jobs per member of staff, and the hours a new job would take.</summary>
[GenerateSerializer, Immutable, Alias("govsim.load-report")]
public sealed record LoadReport(double WaitingPerStaff, double ExpectedHours) : Message;

/// <summary>The platform's board of every provider's last reported load (information layer: visibility).</summary>
[GenerateSerializer, Immutable, Alias("govsim.load-board")]
public sealed record LoadBoard(double[] DepartmentLoad, double[] DepartmentHours, double[] AgencyHours) : Message;

/// <summary>A new leader took office in the region: digitalisation pushed by the last one lapses.</summary>
[GenerateSerializer, Immutable, Alias("govsim.leader-changed")]
public sealed record LeaderChanged : Message;

/// <summary>Timer from an intervention: the platform is taken down for <paramref name="Minutes"/> from now.</summary>
[GenerateSerializer, Immutable, Alias("govsim.forced-outage")]
public sealed record ForcedOutage(long Minutes) : Message;

/// <summary>Timer: a forced outage is over (the platform is up again unless a random outage still holds it down).</summary>
[GenerateSerializer, Immutable, Alias("govsim.forced-recovery")]
public sealed record ForcedRecovery : Message;
