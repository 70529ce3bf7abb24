using Orleans.Concurrency;
using GovSim.Model.Engine;

namespace GovSim.Grains.Interfaces;

/// <summary>A grain hosting one agent of one run; its key is "{run key}/{agent index}".</summary>
public interface IAgentGrain : IGrainWithStringKey
{
    /// <summary>Builds the agent and runs its start-up (first timers).</summary>
    Task<StepOutput> Start(RunSpec spec);

    /// <summary>Handles every event due before <paramref name="roundEnd"/>, this round's messages included.</summary>
    Task<StepOutput> Step(long roundEnd, Immutable<Envelope[]> incoming);

    /// <summary>Ends the run for this agent (open cases are recorded) and deactivates the grain.</summary>
    Task<StepOutput> Finish(long end);
}

public interface ICitizenGrain : IAgentGrain;

public interface IDepartmentGrain : IAgentGrain;

public interface ILeaderGrain : IAgentGrain;

public interface IPlatformGrain : IAgentGrain;

public interface IAgencyGrain : IAgentGrain;
