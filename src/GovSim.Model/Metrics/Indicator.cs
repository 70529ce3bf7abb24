using GovSim.Model.Engine;

namespace GovSim.Model.Metrics;

/// <summary>
/// One daily reading of an agent's state that no case shows: a leader's backlog, a department's mean trust in its
/// peers or its digital maturity, the platform's queues. Written to indicators.csv in long form.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.indicator")]
public sealed record Indicator(long Day, AgentId Agent, string Metric, double Value) : SimRecord;
