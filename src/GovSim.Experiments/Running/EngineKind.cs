namespace GovSim.Experiments.Running;

public enum EngineKind
{
    Orleans,
    Reference,
}

public static class Engines
{
    public static async Task<IRunEngine> StartAsync(EngineKind kind, int silos, CancellationToken cancel = default, Model.Engine.Partitioning? partitioning = null) => kind switch
    {
        EngineKind.Reference => new ReferenceEngine(),
        _ => await OrleansEngine.StartAsync(silos, cancel, partitioning),
    };
}
