using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>A government service: a small workflow of steps owned by department functions, and the proofs it needs.</summary>
public sealed class ServiceSpec
{
    [Description("Service name, unique.")]
    public string Name { get; set; } = "";

    [Description("Relative frequency among needs."), Range(0.0, 1e9)]
    public double Weight { get; set; } = 1;

    [Description("Statutory deadline in working days from submission."), Range(1, 3650)]
    public int DeadlineDays { get; set; } = 10;

    [Description("Steps in order; the first step's department leads the case.")]
    public List<StepSpec> Steps { get; set; } = [];

    [Description("Proofs the applicant must supply.")]
    public List<ProofSpec> Proofs { get; set; } = [];
}

public sealed class StepSpec
{
    [Description("Function of the department that does this step.")]
    public string Function { get; set; } = "";

    [Description("home (the citizen's region) or partner (the next region: a cross-regional step, 跨省通办).")]
    public StepRegion Region { get; set; } = StepRegion.Home;

    [Description("Consecutive steps with the same group number above 0 run in parallel; 0 means on its own."), Range(0, 1000)]
    public int ParallelGroup { get; set; }
}

public enum StepRegion
{
    Home,
    Partner,
}

public sealed class ProofSpec
{
    [Description("Proof name.")]
    public string Name { get; set; } = "";

    [Description("Function of the department that issues it.")]
    public string Issuer { get; set; } = "";

    [Description("citizen_fetch, cancelled, data_shared, commitment or verification (see ODD.md, proofs).")]
    public ProofPolicy Policy { get; set; } = ProofPolicy.CitizenFetch;

    [Description("For commitment: the chance the promise is false, found at the first step, costing rework and the real paper."), Range(0.0, 1.0)]
    public double FalseCommitmentRate { get; set; } = 0.05;
}

/// <summary>How a proof reaches the case (无证明城市 reform options).</summary>
public enum ProofPolicy
{
    /// <summary>The citizen travels to the issuer, queues and brings the paper.</summary>
    CitizenFetch,

    /// <summary>No longer needed.</summary>
    Cancelled,

    /// <summary>Pulled from the issuer's data, if both sides are connected; otherwise the citizen is asked for the paper.</summary>
    DataShared,

    /// <summary>The citizen promises; a false promise found later costs rework.</summary>
    Commitment,

    /// <summary>The lead asks the issuer to confirm: an inter-department request coordinated by the mode in force.</summary>
    Verification,
}
