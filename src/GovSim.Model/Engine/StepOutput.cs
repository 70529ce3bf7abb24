using GovSim.Model.Metrics;

namespace GovSim.Model.Engine;

/// <summary>What an agent hands back after a round: messages for others, its next timer, its records.</summary>
[GenerateSerializer, Immutable, Alias("govsim.step-output")]
public sealed record StepOutput(Envelope[] Outgoing, long NextWake, SimRecord[] Records, long Events);
