namespace GovSim.Model.Engine;

/// <summary>
/// Identifies an agent within one run. Ordered by kind, then index: this order breaks ties between
/// messages delivered at the same tick, so it must never depend on placement or on hashing.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.agent-id")]
public readonly record struct AgentId(AgentKind Kind, int Index) : IComparable<AgentId>
{
    public int CompareTo(AgentId other)
    {
        // Compare the underlying bytes: Enum.CompareTo(object) would box on every priority-queue comparison.
        var byKind = ((byte)Kind).CompareTo((byte)other.Kind);
        return byKind != 0 ? byKind : Index.CompareTo(other.Index);
    }

    public static AgentId Citizen(int index) => new(AgentKind.Citizen, index);
    public static AgentId Department(int index) => new(AgentKind.Department, index);
    public static AgentId Leader(int index) => new(AgentKind.Leader, index);
    public static AgentId Platform(int index) => new(AgentKind.Platform, index);
    public static AgentId Agency(int index) => new(AgentKind.Agency, index);

    public override string ToString() => $"{Kind}#{Index}";
}
