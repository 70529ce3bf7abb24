namespace GovSim.Model.Metrics;

/// <summary>A run-wide count an agent reports at the end of the run (for example escalations it made).</summary>
[GenerateSerializer, Immutable, Alias("govsim.counter")]
public sealed record Counter(string Name, long Value) : SimRecord;
