namespace GovSim.Model.Engine;

/// <summary>A case is the citizen's <paramref name="Number"/>-th application; ordered by citizen, then number.</summary>
[GenerateSerializer, Immutable, Alias("govsim.case-id")]
public readonly record struct CaseId(int Citizen, int Number) : IComparable<CaseId>
{
    public int CompareTo(CaseId other)
    {
        var c = Citizen.CompareTo(other.Citizen);
        return c != 0 ? c : Number.CompareTo(other.Number);
    }

    public override string ToString() => $"C{Citizen}-{Number}";
}
