using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Grains.Interfaces;

/// <summary>
/// Drives one run (key: the run key): starts its agents, advances virtual time in rounds with a barrier, and
/// hands back the results as they become final. Clients call <see cref="Advance"/> repeatedly so that each call stays
/// short, progress can be shown and records are written as the run goes.
/// </summary>
public interface IRunCoordinatorGrain : IGrainWithStringKey
{
    Task<RunSlice> Start(RunSpec spec);

    /// <summary>Runs rounds until the next one would start after <paramref name="untilTick"/>; returns the records now final.</summary>
    Task<RunSlice> Advance(long untilTick);

    /// <summary>
    /// What a view may see of one agent of the run (a department's queue, a leader's backlog, the platform's state),
    /// as of the tick the run has reached; the agent keeps its identity whatever partition hosts it.
    /// </summary>
    Task<AgentSnapshot> Inspect(AgentId agent);

    /// <summary>Several agents at once (a classroom frame): one call per partition that hosts any of them, in the order given.</summary>
    Task<AgentSnapshot[]> InspectMany(AgentId[] agents);

    /// <summary>Finishes every agent and returns the last records and the run's totals; the run's grains deactivate.</summary>
    Task<RunEnd> Finish();
}
