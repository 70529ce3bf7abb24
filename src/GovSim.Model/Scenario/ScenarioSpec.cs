using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

/// <summary>
/// A scenario file, as parsed. Property names map to snake_case keys (DurationDays is duration_days).
/// Every property has a default, so a minimal file is short; [Description] and [Range] feed validation and the
/// parameter reference.
/// </summary>
public sealed class ScenarioSpec
{
    [Description("Name of the scenario, written to runs.csv.")]
    public string Name { get; set; } = "default";

    [Description("Seed of every random stream in the run; the same scenario and seed give the same bytes.")]
    public long Seed { get; set; } = 42;

    [Description("Simulated days to run (up to 1 000 years, for long single runs)."), Range(1, 365250)]
    public int DurationDays { get; set; } = 30;

    [Description("Days at the start whose cases are left out of the runs.csv statistics (still in cases.csv)."), Range(0, 365250)]
    public int WarmupDays { get; set; }

    [Description("Coordination mode: administrative, market, network, cyborg or mosaic.")]
    public ModeKind Mode { get; set; } = ModeKind.Administrative;

    [Description("Weights of the four modes when mode is mosaic.")]
    public MosaicSpec Mosaic { get; set; } = new();

    [Description("Office hours and workdays shared by citizens, leaders and departments with hours: office.")]
    public CalendarSpec Calendar { get; set; } = new();

    [Description("Minimum delays of messages and trips.")]
    public DelaySpec Delays { get; set; } = new();

    [Description("Regions; each has one department per function and one leader.")]
    public List<RegionSpec> Regions { get; set; } = DefaultCatalogue.Regions();

    [Description("Department functions present in every region.")]
    public List<FunctionSpec> Functions { get; set; } = DefaultCatalogue.Functions();

    [Description("Leaders: one per region and one above all regions.")]
    public LeadersSpec Leaders { get; set; } = new();

    [Description("The citizens.")]
    public PopulationSpec Population { get; set; } = new();

    [Description("How often citizens need a service.")]
    public ArrivalSpec Arrivals { get; set; } = new();

    [Description("The service catalogue.")]
    public List<ServiceSpec> Services { get; set; } = DefaultCatalogue.Services();

    [Description("Contract-net coordination (market mode).")]
    public MarketSpec Market { get; set; } = new();

    [Description("Third-party agencies bidding in market mode.")]
    public AgencySpec Agencies { get; set; } = new();

    [Description("Peer coordination (network mode).")]
    public NetworkSpec Network { get; set; } = new();

    [Description("The service platform: intake, data hub, dispatch and monitor (cyborg mode), and the information layer any mode may use.")]
    public PlatformSpec Platform { get; set; } = new();

    [Description("Digital maturity growing over time with push.")]
    public DigitalisationSpec Digitalisation { get; set; } = new();

    [Description("Costs of government work, comparable across modes.")]
    public CostsSpec Costs { get; set; } = new();

    [Description("Timed changes during the run (what govsim demo's controls save): new demand, new push, a platform outage.")]
    public List<InterventionSpec> Interventions { get; set; } = [];

    [Description("Which cases run statistics count (cohort rule, Kaplan-Meier horizon).")]
    public ObservationSpec Observation { get; set; } = new();
}
