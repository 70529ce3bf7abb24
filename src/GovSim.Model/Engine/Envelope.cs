namespace GovSim.Model.Engine;

/// <summary>
/// A message in flight: delivered to <paramref name="To"/> at tick <paramref name="DeliverAt"/>.
/// (<paramref name="DeliverAt"/>, <paramref name="From"/>, <paramref name="Seq"/>) is unique and is the canonical
/// processing order, whatever host runs the agents.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.envelope")]
public sealed record Envelope(long DeliverAt, AgentId From, long Seq, AgentId To, Message Body);
