using GovSim.Model.Engine;
using GovSim.Model.Metrics;
using GovSim.Model.Reference;
using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

/// <summary>
/// The department desks against queueing theory. One region, offices open 24/7, no proofs, patient citizens: each
/// case's time in the departments is its latency less the fixed trip and message delays. Utilisation stays at or
/// below 0.8 and runs are long enough (hundreds of relaxation times) for tight intervals; each run takes well under a
/// second on the reference host.
/// </summary>
public class QueueingValidationTests
{
    private const int Days = 400;
    private const int WarmupDays = 20;

    private static ScenarioSpec Desks(double lambdaPerHour, params FunctionSpec[] desks) => new()
    {
        Name = "queue",
        Seed = 2024,
        DurationDays = Days,
        Calendar = new CalendarSpec { Opens = "0:00", Closes = "23:59", Workdays = [.. Enum.GetValues<Weekday>()] },
        Delays = new DelaySpec { MessageMinutes = 5, TravelMinutes = 10 },
        Regions = [new RegionSpec { Name = "only" }],
        Functions = [.. desks],
        Population = new PopulationSpec { Citizens = 5000, PatienceDays = 1e5 },
        Arrivals = new ArrivalSpec { RatePerHour = lambdaPerHour },
        Services = [new ServiceSpec { Name = "s", DeadlineDays = 1000, Steps = desks.Select(d => new StepSpec { Function = d.Name }).ToList() }],
    };

    private static FunctionSpec Desk(string name, int staff, Distribution distribution, double meanMinutes) => new()
    {
        Name = name, Staff = staff, Hours = HoursKind.Always,
        ServiceTime = new ServiceTimeSpec { Distribution = distribution, MeanMinutes = meanMinutes },
    };

    /// <summary>Hours each case spent in the departments, in order of submission, after the warm-up.</summary>
    private static (double[] Hours, RunRecords Records) Sojourns(ScenarioSpec spec, long fixedMinutes)
    {
        var records = new ReferenceHost().Run(World.Compile(spec));
        var hours = records.Cases
            .Where(c => c.Outcome == CaseOutcome.Completed && c.SubmittedAt >= SimTime.Days(WarmupDays))
            .OrderBy(c => c.SubmittedAt).ThenBy(c => c.Case)
            .Select(c => SimTime.ToHours(c.FinishedAt - c.SubmittedAt - fixedMinutes))
            .ToArray();
        return (hours, records);
    }

    private static void AssertWithin(double theory, double[] sojourns)
    {
        Assert.True(sojourns.Length > 5000, $"only {sojourns.Length} cases");
        var ci = ConfidenceInterval.BatchMeans(sojourns);
        Assert.True(ci.Contains(theory), $"theory {theory:F4} h outside the run's 95 % CI {ci} h");
        Assert.True(ci.HalfWidth < 0.1 * theory, $"CI {ci} too wide to be a test");
    }

    // Trip to the counter + notice to the citizen.
    private const long OneDeskDelays = 10 + 5;

    [Fact]
    public void MM1_mean_time_in_system_is_one_over_mu_minus_lambda()
    {
        double lambda = 1.5, mu = 2; // per hour; rho = 0.75
        var (w, _) = Sojourns(Desks(lambda, Desk("d", 1, Distribution.Exponential, 60 / mu)), OneDeskDelays);
        AssertWithin(1 / (mu - lambda), w);
    }

    [Fact]
    public void MMc_mean_time_in_system_follows_erlang_c()
    {
        double lambda = 4.5, mu = 2; // three clerks; rho = 0.75
        const int c = 3;
        var (w, _) = Sojourns(Desks(lambda, Desk("d", c, Distribution.Exponential, 60 / mu)), OneDeskDelays);
        AssertWithin(ErlangCWait(lambda, mu, c) + 1 / mu, w);
    }

    [Fact]
    public void MD1_mean_time_in_system_follows_pollaczek_khinchine()
    {
        double lambda = 1.5, mu = 2; // deterministic 30 minutes; rho = 0.75
        var rho = lambda / mu;
        var (w, _) = Sojourns(Desks(lambda, Desk("d", 1, Distribution.Deterministic, 60 / mu)), OneDeskDelays);
        AssertWithin(rho / (2 * mu * (1 - rho)) + 1 / mu, w);
    }

    [Fact]
    public void Two_desks_in_series_match_the_jackson_network()
    {
        double lambda = 1.2, mu1 = 2, mu2 = 2.5; // rho = 0.6 and 0.48
        var spec = Desks(lambda, Desk("a", 1, Distribution.Exponential, 60 / mu1), Desk("b", 1, Distribution.Exponential, 60 / mu2));
        // Peers that always accept: the second desk is reached by a direct request, with no queue in between.
        spec.Mode = ModeKind.Network;
        spec.Network.InitialTrust = 1;
        spec.Leaders.Regional.Push = 1;
        // Trip, peer request, step done back to the lead, notice to the citizen.
        var (w, _) = Sojourns(spec, 10 + 5 + 5 + 5);
        AssertWithin(1 / (mu1 - lambda) + 1 / (mu2 - lambda), w);
    }

    [Fact]
    public void Littles_law_holds_on_the_recorded_queue_lengths()
    {
        double lambda = 4.5, mu = 2;
        var (w, records) = Sojourns(Desks(lambda, Desk("d", 3, Distribution.Exponential, 60 / mu)), OneDeskDelays);
        var days = records.DepartmentDays.Where(d => d.Day >= WarmupDays).ToArray();
        // L = number in the department (waiting + in service), time-averaged per day; lambda from recorded arrivals.
        var inSystem = ConfidenceInterval.BatchMeans(days.Select(d => d.QueueMean + d.BusyStaffMean).ToArray());
        var arrivalsPerHour = days.Sum(d => d.Arrivals) / (days.Length * 24.0);
        var lambdaW = arrivalsPerHour * w.Average();
        Assert.True(inSystem.Contains(lambdaW), $"L = {inSystem} but lambda W = {lambdaW:F4}");
    }

    private static double ErlangCWait(double lambda, double mu, int c)
    {
        var a = lambda / mu;
        var rho = a / c;
        double Term(int k) => Math.Pow(a, k) / Factorial(k);
        var top = Term(c) / (1 - rho);
        var probabilityOfWaiting = top / (Enumerable.Range(0, c).Sum(Term) + top);
        return probabilityOfWaiting / (c * mu - lambda);
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}
