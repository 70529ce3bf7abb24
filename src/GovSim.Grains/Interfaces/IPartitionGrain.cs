using Orleans.Concurrency;
using GovSim.Model.Engine;
using GovSim.Model.Metrics;

namespace GovSim.Grains.Interfaces;

/// <summary>
/// A grain hosting one partition of one run's agents, with its local event loop (a kernel process); its key is
/// "{run key}/p{partition}". The agents keep their identities (<see cref="AgentId"/>); the grain only carries them.
/// </summary>
public interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>Builds the partition's agents and runs their start-up (first timers).</summary>
    Task<PartitionStep> Start(RunSpec spec);

    /// <summary>Handles every event due before <paramref name="horizon"/>, these messages and notes included.</summary>
    Task<PartitionStep> Step(long horizon, Immutable<Envelope[]> incoming, Immutable<MessageNote[]> notes);

    /// <summary>What a view may see of one of the partition's agents, as of <paramref name="now"/>.</summary>
    Task<AgentSnapshot?> Inspect(AgentId agent, long now);

    /// <summary>Several of the partition's agents at once, as of <paramref name="now"/>.</summary>
    Task<AgentSnapshot[]> InspectMany(AgentId[] agents, long now);

    /// <summary>Ends the run for the partition's agents after the last notes, returns what is left, and deactivates the grain.</summary>
    Task<PartitionEnd> Finish(long end, Immutable<MessageNote[]> notes);
}
