namespace GovSim.Model.Scenario;

/// <summary>
/// Defaults used when a scenario file leaves out regions, functions or services: three regions, ten department
/// functions and the example services of DOMAIN.md section 3, sized so that departments run at roughly 60–70 % load.
/// experiments/scenarios/default.yaml spells the same values out.
/// </summary>
public static class DefaultCatalogue
{
    public static List<RegionSpec> Regions() =>
    [
        new() { Name = "north", PopulationShare = 0.40 },
        new() { Name = "central", PopulationShare = 0.35 },
        new() { Name = "south", PopulationShare = 0.25 },
    ];

    public static List<FunctionSpec> Functions() =>
    [
        Function("market_regulation", 2),
        Function("public_security", 6),
        Function("civil_affairs", 4),
        Function("human_resources_social_security", 2),
        Function("health", 6),
        Function("housing", 4),
        Function("taxation", 2),
        Function("medical_insurance", 4),
        Function("finance", 2),
        Function("emergency_management", 2),
    ];

    public static List<ServiceSpec> Services() =>
    [
        Service("open_restaurant", 20, ["market_regulation", "health", "emergency_management", "taxation"],
            ("tenancy_registration", "housing")),
        Service("retirement", 15, ["human_resources_social_security", "finance", "civil_affairs"],
            ("household_register", "public_security")),
        Service("newborn", 10, ["health", "public_security", "medical_insurance"],
            ("marriage_certificate", "civil_affairs")),
        Service("medical_reimbursement", 10, ["medical_insurance"],
            ("hospital_invoice", "health")),
        Service("household_transfer", 10, ["public_security"],
            ("housing_proof", "housing")),
    ];

    private static FunctionSpec Function(string name, int staff) => new() { Name = name, Staff = staff };

    private static ServiceSpec Service(string name, int deadlineDays, string[] steps, params (string Name, string Issuer)[] proofs) => new()
    {
        Name = name,
        DeadlineDays = deadlineDays,
        Steps = steps.Select(s => new StepSpec { Function = s }).ToList(),
        Proofs = proofs.Select(p => new ProofSpec { Name = p.Name, Issuer = p.Issuer }).ToList(),
    };
}
