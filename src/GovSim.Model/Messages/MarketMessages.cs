using GovSim.Model.Engine;

namespace GovSim.Model.Messages;

// Market mode: contract-net.

/// <summary>A call for proposals for one step.</summary>
[GenerateSerializer, Immutable, Alias("govsim.call-for-proposals")]
public sealed record CallForProposals(CaseId Case, int Service, int Step, int Function) : Message, ICaseMessage;

/// <summary>A provider's bid: promised working hours and price.</summary>
[GenerateSerializer, Immutable, Alias("govsim.bid")]
public sealed record Bid(CaseId Case, int Step, double Hours, double Price) : Message, ICaseMessage;

/// <summary>A provider has no capacity to bid.</summary>
[GenerateSerializer, Immutable, Alias("govsim.decline")]
public sealed record Decline(CaseId Case, int Step) : Message, ICaseMessage;

/// <summary>The winning provider gets the job.</summary>
[GenerateSerializer, Immutable, Alias("govsim.award")]
public sealed record Award(CaseId Case, int Service, int Step) : Message, ICaseMessage;

/// <summary>Timer: the bidding window closes.</summary>
[GenerateSerializer, Immutable, Alias("govsim.award-due")]
public sealed record AwardDue(CaseId Case, int Step) : Message;

/// <summary>Timer: announce again after a call that got no bid.</summary>
[GenerateSerializer, Immutable, Alias("govsim.tender-retry")]
public sealed record TenderRetry(CaseId Case, int Service, int Step) : Message;
