using GovSim.Model.Engine;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>A case its lead is working through: the current stage, the steps still out, and what it took so far.</summary>
public sealed class LeadCase(CaseId id, ServiceInfo service, AgentId citizen, int citizenRegion, int[][] stages, bool fallback)
{
    public CaseId Id { get; } = id;
    public ServiceInfo Service { get; } = service;
    public AgentId Citizen { get; } = citizen;
    public int CitizenRegion { get; } = citizenRegion;
    public int[][] Stages { get; } = stages;
    public bool Fallback { get; } = fallback;
    public int Stage { get; set; }
    // The steps out at other desks, as bits: a service has at most 64 steps (ScenarioRules), and a case checks this on
    // every step report, so no set object per case.
    private ulong _pending;

    public bool IsPending(int step) => (_pending & (1UL << step)) != 0;

    public void AddPending(int step) => _pending |= 1UL << step;

    /// <summary>Marks a step done; false if it was not out (a report that is late or doubled).</summary>
    public bool RemovePending(int step)
    {
        var bit = 1UL << step;
        if ((_pending & bit) == 0) return false;
        _pending &= ~bit;
        return true;
    }

    public bool AnyPending => _pending != 0;
    public int DataPending { get; set; }
    public long MissingProofs { get; set; }
    public bool FalseCommitment { get; set; }
    public bool RedoFirstStage { get; set; }
    public int Escalations { get; set; }
    public int Interventions { get; set; }
    public int Rework { get; set; }
    public double Cost { get; set; }

    /// <summary>Steps requested by mode: administrative, market, network, cyborg.</summary>
    public int[] ByMode { get; } = new int[4];
}
