namespace GovSim.Model.Metrics;

/// <summary>A result row an agent hands to the data collector.</summary>
[GenerateSerializer, Immutable, Alias("govsim.record")]
public abstract record SimRecord;
