namespace GovSim.Model.Scenario;

/// <summary>
/// A compiled service. Steps are work for a department function, in the citizen's region or the partner region;
/// verification proofs add steps at their issuers. Stages are what may run at once: the verification steps first, then
/// each parallel group or single step in order.
/// </summary>
public sealed record ServiceInfo(int Index, string Name, int DeadlineDays, StepInfo[] Steps, int[][] Stages, ProofInfo[] Proofs)
{
    /// <summary>Issuers of citizen-fetch proofs, in order of first mention, with how many proofs each: one trip each.</summary>
    public (int Issuer, int Count)[] FetchTrips { get; } = Proofs
        .Where(p => p.Policy == ProofPolicy.CitizenFetch)
        .GroupBy(p => p.Issuer)
        .Select(g => (g.Key, g.Count()))
        .ToArray();

    public ProofInfo[] DataShared { get; } = Proofs.Where(p => p.Policy == ProofPolicy.DataShared).ToArray();

    public ProofInfo[] Commitments { get; } = Proofs.Where(p => p.Policy == ProofPolicy.Commitment).ToArray();

    public bool CrossRegion => Steps.Any(s => s.Partner);

    /// <summary>The function whose department leads the case: the first step's (not a verification).</summary>
    public int LeadFunction => Steps.First(s => !s.Verification).Function;

    public static ServiceInfo Compile(int index, ServiceSpec spec, IReadOnlyDictionary<string, int> functions)
    {
        var proofs = spec.Proofs.Select(p => new ProofInfo(p.Name, functions[p.Issuer], p.Policy, p.FalseCommitmentRate)).ToArray();
        var steps = new List<StepInfo>();
        var stages = new List<int[]>();
        var verifications = proofs.Where(p => p.Policy == ProofPolicy.Verification).ToArray();
        if (verifications.Length > 0)
        {
            stages.Add(Enumerable.Range(0, verifications.Length).ToArray());
            steps.AddRange(verifications.Select(p => new StepInfo(p.Issuer, Partner: false, Verification: true)));
        }

        for (var i = 0; i < spec.Steps.Count; i++)
        {
            var s = spec.Steps[i];
            var joinsPrevious = i > 0 && s.ParallelGroup > 0 && s.ParallelGroup == spec.Steps[i - 1].ParallelGroup;
            if (joinsPrevious) stages[^1] = [.. stages[^1], steps.Count];
            else stages.Add([steps.Count]);
            steps.Add(new StepInfo(functions[s.Function], s.Region == StepRegion.Partner, Verification: false));
        }

        return new ServiceInfo(index, spec.Name, spec.DeadlineDays, steps.ToArray(), stages.ToArray(), proofs);
    }
}

public sealed record StepInfo(int Function, bool Partner, bool Verification);

public sealed record ProofInfo(string Name, int Issuer, ProofPolicy Policy, double FalseCommitmentRate);
