namespace GovSim.Model.Scenario;

/// <summary>
/// Defaults used when a scenario file leaves out regions, functions or services: three regions, ten department
/// functions and five example services (two of them cross-regional, two "one thing" services), sized so that the busiest
/// departments run at roughly 60–70 % load.
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
        // Opening a small restaurant: business licence, then food permit and fire safety together, then tax registration.
        Service("open_restaurant", 3, [("market_regulation", 0, false), ("health", 1, false), ("emergency_management", 1, false), ("taxation", 0, false)],
            ("tenancy_registration", "housing")),
        // Retirement "one thing" (养老一件事): social security, then finance and civil affairs together.
        Service("retirement", 3, [("human_resources_social_security", 0, false), ("finance", 1, false), ("civil_affairs", 1, false)],
            ("household_register", "public_security")),
        // Newborn "one thing" (出生一件事): birth certificate, then household registration and medical insurance together.
        Service("newborn", 2, [("health", 0, false), ("public_security", 1, false), ("medical_insurance", 1, false)],
            ("marriage_certificate", "civil_affairs")),
        // Cross-provincial (跨省通办): treatment in the partner region is confirmed there, reimbursed at home.
        Service("medical_reimbursement", 3, [("medical_insurance", 0, false), ("health", 0, true)],
            ("hospital_invoice", "health")),
        // Cross-provincial household-registration transfer: moving out at home, moving in at the partner region.
        Service("household_transfer", 3, [("public_security", 0, false), ("public_security", 0, true)],
            ("housing_proof", "housing")),
    ];

    private static FunctionSpec Function(string name, int staff) => new() { Name = name, Staff = staff };

    private static ServiceSpec Service(string name, int deadlineDays, (string Function, int Group, bool Partner)[] steps,
        params (string Name, string Issuer)[] proofs) => new()
    {
        Name = name,
        DeadlineDays = deadlineDays,
        Steps = steps.Select(s => new StepSpec
        {
            Function = s.Function, ParallelGroup = s.Group, Region = s.Partner ? StepRegion.Partner : StepRegion.Home,
        }).ToList(),
        Proofs = proofs.Select(p => new ProofSpec { Name = p.Name, Issuer = p.Issuer }).ToList(),
    };
}
