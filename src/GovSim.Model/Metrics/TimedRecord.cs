namespace GovSim.Model.Metrics;

/// <summary>A record with the tick it was made at: records leave for the results files in order of that tick.</summary>
[GenerateSerializer, Immutable, Alias("govsim.timed-record")]
public readonly record struct TimedRecord(long Tick, SimRecord Record);
