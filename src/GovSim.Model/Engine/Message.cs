namespace GovSim.Model.Engine;

/// <summary>Base of every payload agents exchange. Concrete messages live in GovSim.Model.Messages.</summary>
[GenerateSerializer, Immutable, Alias("govsim.message")]
public abstract record Message;
