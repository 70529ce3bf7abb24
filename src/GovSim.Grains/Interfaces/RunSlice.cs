using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Grains.Interfaces;

/// <summary>How far a run has got, and the records that became final on the way there (canonical order).</summary>
[GenerateSerializer, Immutable, Alias("govsim.run-slice")]
public sealed record RunSlice(SimProgress Progress, ResultBatch Records);

/// <summary>The end of a run: its last records and its totals.</summary>
[GenerateSerializer, Immutable, Alias("govsim.run-end")]
public sealed record RunEnd(ResultBatch Records, RunTotals Totals);
