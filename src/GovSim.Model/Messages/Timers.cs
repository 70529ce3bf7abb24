namespace GovSim.Model.Messages;

using GovSim.Model.Engine;

// Messages an agent sends to itself.

/// <summary>A citizen's next need for a service arises.</summary>
[GenerateSerializer, Immutable, Alias("govsim.need-arises")]
public sealed record NeedArises : Message;

/// <summary>A clerk finishes a job.</summary>
[GenerateSerializer, Immutable, Alias("govsim.service-done")]
public sealed record ServiceDone(Job Job) : Message;

/// <summary>Midnight: a department closes its daily statistics.</summary>
[GenerateSerializer, Immutable, Alias("govsim.day-end")]
public sealed record DayEnd : Message;

/// <summary>A citizen's patience with a case runs out.</summary>
[GenerateSerializer, Immutable, Alias("govsim.patience-expires")]
public sealed record PatienceExpires(CaseId Case) : Message;

/// <summary>An office opens and looks at its waiting work.</summary>
[GenerateSerializer, Immutable, Alias("govsim.opening")]
public sealed record Opening : Message;
