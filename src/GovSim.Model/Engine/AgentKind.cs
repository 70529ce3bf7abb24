namespace GovSim.Model.Engine;

/// <summary>The kinds of agent. The numeric order is part of the canonical event order, so never renumber.</summary>
[GenerateSerializer, Alias("govsim.agent-kind")]
public enum AgentKind : byte
{
    Leader = 1,
    Department = 2,
    Citizen = 3,
    Platform = 4,
    Agency = 5,
}
