using GovSim.Model.Engine;

namespace GovSim.Model.Messages;

[GenerateSerializer, Alias("govsim.job-kind")]
public enum JobKind : byte
{
    /// <summary>Issue papers to a citizen at the counter.</summary>
    Proof = 1,

    /// <summary>Do one step of a case.</summary>
    Step = 2,

    /// <summary>Check an application taken in by the platform (online pre-check, or at the assisted counter).</summary>
    Application = 3,
}

/// <summary>A unit of work waiting for, or held by, one member of a department's staff.</summary>
[GenerateSerializer, Immutable, Alias("govsim.job")]
public sealed record Job(
    JobKind Kind,
    CaseId Case,
    int Service,
    int Step,
    AgentId ReplyTo,
    int Priority,
    int Interventions,
    int ProofCount,
    long EnqueuedAt);
