namespace GovSim.Model.Engine;

/// <summary>
/// One agent's own random stream: xoshiro256** seeded through SplitMix64 from (run seed, agent id, purpose).
/// Streams of different agents are independent of each other and of the order in which agents run,
/// which is what makes results independent of threads and grain placement.
/// Derives from <see cref="Random"/> so MathNet.Numerics distributions can sample from it.
/// </summary>
public sealed class AgentRandom : Random
{
    private ulong _s0, _s1, _s2, _s3;

    public AgentRandom(long seed, AgentId agent, ulong purpose = 0)
        : this(Mix((ulong)seed, ((ulong)agent.Kind << 32) | (uint)agent.Index, purpose))
    {
    }

    public AgentRandom(ulong key)
    {
        var sm = key;
        _s0 = SplitMix(ref sm);
        _s1 = SplitMix(ref sm);
        _s2 = SplitMix(ref sm);
        _s3 = SplitMix(ref sm);
    }

    private static ulong Mix(ulong a, ulong b, ulong c)
    {
        var x = a;
        var h = SplitMix(ref x) ^ b;
        h = SplitMix(ref h) ^ c;
        return SplitMix(ref h);
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    protected override double Sample() => NextDouble();

    public override int Next() => (int)(NextUInt64() >> 33);

    public override int Next(int maxValue) => Next(0, maxValue);

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        var range = (ulong)((long)maxValue - minValue);
        return range == 0 ? minValue : (int)(minValue + (long)(NextUInt64() % range));
    }

    public override long NextInt64() => (long)(NextUInt64() >> 1);

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++) buffer[i] = (byte)(NextUInt64() >> 56);
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Exponential waiting time with the given mean.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());
}
