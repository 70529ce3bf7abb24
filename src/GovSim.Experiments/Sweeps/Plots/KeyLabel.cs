namespace GovSim.Experiments.Sweeps.Plots;

/// <summary>
/// What a key or outcome column means to a reader: a name ("Arrival rate"), its unit ("cases per hour", empty for
/// true/false and categories) and a short lower-case form for titles ("mean latency"; the name lower-cased if null).
/// </summary>
internal sealed record KeyLabel(string Name, string Unit, string? Short = null)
{
    public string ShortName => Short ?? (Name.Length > 1 && char.IsUpper(Name[1]) ? Name : char.ToLowerInvariant(Name[0]) + Name[1..]);
}
