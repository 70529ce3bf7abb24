using GovSim.Grains.Interfaces;
using GovSim.Model.Scenario;

namespace GovSim.Grains;

/// <summary>
/// One compiled world per run and silo, shared by that silo's grains of the run (a silo-wide service, not static
/// state). Bounded, so a long sweep does not keep old worlds alive.
/// </summary>
public sealed class WorldCache
{
    private const int Capacity = 64;
    private readonly Dictionary<string, Lazy<World>> _worlds = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Stores a world compiled elsewhere in this process (the embedded cluster's client) for a run key.</summary>
    public void Put(string runKey, World world)
    {
        lock (_lock) Add(runKey, new Lazy<World>(world));
    }

    public World Get(RunSpec spec)
    {
        Lazy<World> world;
        lock (_lock)
        {
            if (!_worlds.TryGetValue(spec.RunKey, out world!))
                Add(spec.RunKey, world = new Lazy<World>(() => World.Compile(ScenarioJson.Deserialize(spec.ScenarioJson))));
        }

        return world.Value;
    }

    /// <summary>Adds a world (the caller holds the lock), dropping the oldest beyond the capacity.</summary>
    private void Add(string runKey, Lazy<World> world)
    {
        if (!_worlds.TryAdd(runKey, world)) return;
        _order.Enqueue(runKey);
        while (_order.Count > Capacity) _worlds.Remove(_order.Dequeue());
    }
}
