using GovSim.Model.Engine;

namespace GovSim.Model.Messages;

// Network mode: direct peer requests.

[GenerateSerializer, Immutable, Alias("govsim.peer-request")]
public sealed record PeerRequest(CaseId Case, int Service, int Step) : Message, ICaseMessage;

[GenerateSerializer, Immutable, Alias("govsim.peer-accept")]
public sealed record PeerAccept(CaseId Case, int Step) : Message, ICaseMessage;

[GenerateSerializer, Immutable, Alias("govsim.peer-refuse")]
public sealed record PeerRefuse(CaseId Case, int Service, int Step) : Message, ICaseMessage;

/// <summary>Timer: ask the peer again after a refusal.</summary>
[GenerateSerializer, Immutable, Alias("govsim.peer-retry")]
public sealed record PeerRetry(CaseId Case, int Service, int Step, AgentId Peer) : Message;
