using GovSim.Model.Agents;
using GovSim.Model.Metrics;
using GovSim.Model.Reference;
using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

/// <summary>Proof policies (certificate-free reform), patience, satisfaction, digital maturity, parallel steps.</summary>
public class CitizenAndProofTests
{
    private static CaseRecord[] Completed(Action<ScenarioSpec> configure, long seed = 5)
    {
        var spec = TestWorlds.SmallSpec(seed);
        configure(spec);
        return new ReferenceHost().Run(World.Compile(spec)).Cases.Where(c => c.Outcome == CaseOutcome.Completed).ToArray();
    }

    private static Action<ScenarioSpec> Policy(ProofPolicy policy, Action<ScenarioSpec>? more = null) => s =>
    {
        foreach (var proof in s.Services.SelectMany(x => x.Proofs)) proof.Policy = policy;
        more?.Invoke(s);
    };

    [Fact]
    public void A_cancelled_proof_removes_its_trip()
    {
        Assert.All(Completed(Policy(ProofPolicy.CitizenFetch)), c => Assert.Equal(2, c.Trips));
        Assert.All(Completed(Policy(ProofPolicy.Cancelled)), c => Assert.Equal((1, 0), (c.Trips, c.ProofsByCitizen)));
    }

    [Fact]
    public void Data_sharing_saves_trips_where_departments_are_connected_and_sends_the_citizen_where_they_are_not()
    {
        Assert.All(Completed(Policy(ProofPolicy.DataShared, s => s.Functions.ForEach(f => f.DigitalMaturity = 1))), c => Assert.Equal(1, c.Trips));
        // Not connected: the lead asks for the paper after all — a trip to the issuer and one back to the lead.
        Assert.All(Completed(Policy(ProofPolicy.DataShared, s => s.Functions.ForEach(f => f.DigitalMaturity = 0))), c => Assert.Equal(3, c.Trips));
    }

    [Fact]
    public void A_false_commitment_costs_rework_and_the_real_paper()
    {
        var honest = Completed(Policy(ProofPolicy.Commitment, s => s.Services.SelectMany(x => x.Proofs).ToList().ForEach(p => p.FalseCommitmentRate = 0)));
        var liars = Completed(Policy(ProofPolicy.Commitment, s => s.Services.SelectMany(x => x.Proofs).ToList().ForEach(p => p.FalseCommitmentRate = 1)));
        Assert.All(honest, c => Assert.Equal((0, 1), (c.Rework, c.Trips)));
        Assert.All(liars, c => Assert.Equal((1, 3), (c.Rework, c.Trips)));
        Assert.True(liars.Average(c => c.FinishedAt - c.SubmittedAt) > honest.Average(c => c.FinishedAt - c.SubmittedAt));
    }

    [Fact]
    public void Verification_is_a_coordinated_request_to_the_issuer()
    {
        var done = Completed(Policy(ProofPolicy.Verification));
        // two_steps: the verification at c and step b both need another department; one_step: two verifications at a.
        Assert.All(done, c => Assert.True(c.Escalations >= 1));
        Assert.All(done, c => Assert.Equal(1, c.Trips));
    }

    [Fact]
    public void Parallel_steps_finish_sooner_than_the_same_steps_in_series()
    {
        void Steps(ScenarioSpec s, int group)
        {
            s.Services = [new ServiceSpec { Name = "three", Steps = [new() { Function = "a", ParallelGroup = 0 }, new() { Function = "b", ParallelGroup = group }, new() { Function = "c", ParallelGroup = group }] }];
        }

        var series = Completed(s => Steps(s, 0));
        var parallel = Completed(s => Steps(s, 1));
        Assert.True(parallel.Average(c => c.FinishedAt - c.SubmittedAt) < series.Average(c => c.FinishedAt - c.SubmittedAt));
    }

    [Fact]
    public void Cross_region_steps_go_to_the_partner_region_through_the_top_leader()
    {
        var spec = TestWorlds.SmallSpec(6);
        spec.Services = [new ServiceSpec { Name = "transfer", Steps = [new() { Function = "a" }, new() { Function = "a", Region = StepRegion.Partner }] }];
        var world = World.Compile(spec);
        var records = new ReferenceHost().Run(world);
        Assert.True(world.Services[0].CrossRegion);
        Assert.All(records.Cases.Where(c => c.Outcome == CaseOutcome.Completed), c => Assert.Equal(1, c.Escalations));
        Assert.True(records.Count("leader_interventions") > 0);
    }

    [Fact]
    public void Impatient_citizens_abandon_cases()
    {
        var spec = TestWorlds.SmallSpec(7);
        spec.Population.PatienceDays = 0.2;
        var records = new ReferenceHost().Run(World.Compile(spec));
        Assert.Contains(records.Cases, c => c.Outcome == CaseOutcome.Abandoned);
    }

    [Fact]
    public void Satisfaction_falls_with_latency_beyond_expectation_and_with_trips()
    {
        var s = new SatisfactionSpec { Expectation = 0.3, LatencyWeight = 1, TripWeight = 0.1 };
        Assert.Equal(1.0, CitizenAgent.Satisfaction(s, 10, 100, 0), 6);
        Assert.Equal(0.8, CitizenAgent.Satisfaction(s, 10, 100, 2), 6);
        Assert.Equal(0.7, CitizenAgent.Satisfaction(s, 60, 100, 0), 6);
        Assert.Equal(0.0, CitizenAgent.Satisfaction(s, 1000, 100, 0), 6);
    }
}
