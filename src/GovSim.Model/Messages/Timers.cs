namespace GovSim.Model.Messages;

using GovSim.Model.Engine;

// Messages an agent sends to itself.

/// <summary>A citizen's next need for a service arises.</summary>
[GenerateSerializer, Immutable, Alias("govsim.need-arises")]
public sealed record NeedArises : Message;

/// <summary>A clerk finishes a job that took <paramref name="Minutes"/> working minutes.</summary>
[GenerateSerializer, Immutable, Alias("govsim.service-done")]
public sealed record ServiceDone(Job Job, long Minutes) : Message;

/// <summary>Midnight: an agent closes its daily statistics.</summary>
[GenerateSerializer, Immutable, Alias("govsim.day-end")]
public sealed record DayEnd : Message;

/// <summary>A citizen's patience with a case runs out.</summary>
[GenerateSerializer, Immutable, Alias("govsim.patience-expires")]
public sealed record PatienceExpires(CaseId Case) : Message;

/// <summary>An office opens and looks at its waiting work.</summary>
[GenerateSerializer, Immutable, Alias("govsim.opening")]
public sealed record Opening : Message;

/// <summary>Time to report load to the platform, or (at the platform) to publish the board.</summary>
[GenerateSerializer, Immutable, Alias("govsim.board-tick")]
public sealed record BoardTick : Message;

/// <summary>A regional leader is replaced.</summary>
[GenerateSerializer, Immutable, Alias("govsim.leader-turnover")]
public sealed record LeaderTurnover : Message;

/// <summary>An intervention changes every leader's push now: the leader recomputes its attention.</summary>
[GenerateSerializer, Immutable, Alias("govsim.push-changed")]
public sealed record PushChanged : Message;

/// <summary>An intervention changes demand now: the citizen draws its next need again at the new rate.</summary>
[GenerateSerializer, Immutable, Alias("govsim.demand-changed")]
public sealed record DemandChanged : Message;

/// <summary>An intervention sets the department's digital maturity now.</summary>
[GenerateSerializer, Immutable, Alias("govsim.maturity-set")]
public sealed record MaturitySet(double Maturity) : Message;
