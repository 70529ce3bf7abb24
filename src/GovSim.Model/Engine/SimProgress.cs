namespace GovSim.Model.Engine;

/// <summary>How far a run has got: the simulated tick reached and the events processed so far.</summary>
[GenerateSerializer, Immutable, Alias("govsim.progress")]
public sealed record SimProgress(long Tick, long Events);
