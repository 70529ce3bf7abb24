using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>Peer coordination (network mode): trust, reciprocity and fallback.</summary>
public sealed class NetworkSpec
{
    [Description("Trust every department starts with in every other department."), Range(0.0, 1.0)]
    public double InitialTrust { get; set; } = 0.6;

    [Description("How far one accepted or refused request moves trust (towards 1 or 0)."), Range(0.0, 1.0)]
    public double TrustStep { get; set; } = 0.1;

    [Description("Waiting jobs per member of staff at which a department has no spare capacity left for peers."), Range(0.01, 1e6)]
    public double LoadTolerance { get; set; } = 4;

    [Description("Minutes before a refused request is asked again."), Range(1, 100000)]
    public int RetryMinutes { get; set; } = 120;

    [Description("Refusals after which the request falls back to the hierarchy (escalation to the leader)."), Range(1, 1000)]
    public int MaxRefusals { get; set; } = 3;
}
