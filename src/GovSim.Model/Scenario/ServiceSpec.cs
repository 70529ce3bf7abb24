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
}

public sealed class ProofSpec
{
    [Description("Proof name.")]
    public string Name { get; set; } = "";

    [Description("Function of the department that issues it.")]
    public string Issuer { get; set; } = "";

    [Description("How the proof is obtained: citizen_fetch (the citizen travels to the issuer for the paper).")]
    public ProofPolicy Policy { get; set; } = ProofPolicy.CitizenFetch;
}

public enum ProofPolicy
{
    CitizenFetch,
}
