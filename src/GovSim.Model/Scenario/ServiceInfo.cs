namespace GovSim.Model.Scenario;

/// <summary>A compiled service: step functions and proof issuers as indices.</summary>
public sealed record ServiceInfo(int Index, string Name, int DeadlineDays, int[] StepFunctions, ProofInfo[] Proofs)
{
    /// <summary>Issuers the citizen must visit for citizen-fetch proofs, in order of first mention, with proof counts.</summary>
    public (int Issuer, int Count)[] FetchTrips { get; } = Proofs
        .Where(p => p.Policy == ProofPolicy.CitizenFetch)
        .GroupBy(p => p.Issuer)
        .Select(g => (g.Key, g.Count()))
        .ToArray();
}

public sealed record ProofInfo(string Name, int Issuer, ProofPolicy Policy);
