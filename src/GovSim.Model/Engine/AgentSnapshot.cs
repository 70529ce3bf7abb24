namespace GovSim.Model.Engine;

/// <summary>
/// What can be seen of one agent at a moment, for views and inspection (never for other agents, which only see
/// messages): its desk's queue and busy clerks, a leader's backlog, a department's digital maturity, whether the
/// platform is down. Fields that do not apply to the kind are 0 or false.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.agent-snapshot")]
public sealed record AgentSnapshot(AgentId Agent, long Tick, int Waiting, int Busy, int Backlog, double Maturity, bool Down);
