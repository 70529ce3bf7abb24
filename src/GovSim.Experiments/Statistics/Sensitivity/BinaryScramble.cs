namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// Scrambles of a 32-bit binary fraction (the word x stands for x / 2^32). Both keep every elementary dyadic interval
/// equally filled, so a scrambled Sobol net is still a net. The Owen scramble takes its random bits from a fixed
/// 64-bit mixing function of (key, depth, prefix) instead of <see cref="System.HashCode"/>, which is randomised per
/// process: the same key must give the same points in every run.
/// </summary>
internal static class BinaryScramble
{
    /// <summary>Random digital shift: XOR with a fixed random word.</summary>
    public static uint Shift(uint x, ulong key) => x ^ (uint)(key >> 32);

    /// <summary>
    /// Owen's nested uniform scramble: bit at depth d (d = 0 the most significant) is flipped iff a hash of the key,
    /// d and the d unscrambled bits above it is odd; two points sharing their first d bits get the same flip there.
    /// </summary>
    public static uint Owen(uint x, ulong key)
    {
        uint result = 0;
        for (var depth = 0; depth < 32; depth++)
        {
            var prefix = depth == 0 ? 0u : x >> (32 - depth);
            var node = ((ulong)(uint)depth << 32) | prefix;
            var flip = (uint)(Mix(key ^ Mix(node + 0x9E3779B97F4A7C15UL)) >> 63);
            var bit = (x >> (31 - depth)) & 1u;
            result |= (bit ^ flip) << (31 - depth);
        }
        return result;
    }

    /// <summary>The SplitMix64 finaliser (Steele, Lea and Flood 2014): a bijective, well-avalanching 64-bit mix.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
