namespace GovSim.Experiments.Results;

/// <summary>
/// An append-only store of <see cref="CaseSlot"/>s in fixed chunks: growing it never copies what is there, so it
/// never holds more than one partly filled chunk beyond its slots (a doubling array would hold up to twice as many).
/// </summary>
public sealed class CaseSlots
{
    private const int ChunkSize = 1 << 16;
    private readonly List<CaseSlot[]> _chunks = [];

    public int Count { get; private set; }

    public void Add(CaseSlot slot)
    {
        var at = Count % ChunkSize;
        if (at == 0) _chunks.Add(new CaseSlot[ChunkSize]);
        _chunks[^1][at] = slot;
        Count++;
    }

    public IEnumerable<CaseSlot> All()
    {
        for (var i = 0; i < Count; i++) yield return _chunks[i / ChunkSize][i % ChunkSize];
    }
}
