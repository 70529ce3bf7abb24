using System.Buffers.Binary;

namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// The Sobol low-discrepancy sequence on [0,1)^d with Joe–Kuo direction numbers (<c>new-joe-kuo-6.21201</c>), 32 bits
/// per coordinate, in Gray-code order as Joe and Kuo's reference generator emits it (point 1 is (0.5, …, 0.5),
/// points 1, 2, 3, 4 of dimension 1 are 0.5, 0.75, 0.25, 0.375). Any point is computed directly from its index, so a
/// sweep can resume at point n without replaying the n before it. Any prefix of 2^m points starting at index 0 is
/// a (t,m,d)-net: each coordinate then has exactly one point in each interval [j/2^m, (j+1)/2^m).
/// Optionally scrambled (<see cref="SobolScrambling"/>) with keys drawn from a seeded <see cref="Random"/>.
/// </summary>
public sealed class SobolSequence
{
    /// <summary>The number of dimensions the embedded direction numbers cover.</summary>
    public const int MaxDimensions = JoeKuoDirectionNumbers.MaxDimension;

    private const int Bits = 32;
    private const double Scale = 1.0 / 4294967296.0; // 2^-32

    private readonly uint[][] _directions;
    private readonly ulong[] _keys;

    /// <summary>A sequence of <paramref name="dimensions"/> coordinates; scrambling keys come from <c>new Random(seed)</c>.</summary>
    public SobolSequence(int dimensions, SobolScrambling scrambling = SobolScrambling.None, int seed = 0)
        : this(dimensions, scrambling, new Random(seed))
    {
    }

    /// <summary>
    /// A sequence whose scrambling keys (one 64-bit word per dimension, drawn in dimension order) come from
    /// <paramref name="random"/>; nothing is drawn when <paramref name="scrambling"/> is <see cref="SobolScrambling.None"/>.
    /// </summary>
    public SobolSequence(int dimensions, SobolScrambling scrambling, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        ArgumentNullException.ThrowIfNull(random);
        if (!Enum.IsDefined(scrambling)) throw new ArgumentOutOfRangeException(nameof(scrambling));
        Dimensions = dimensions;
        Scrambling = scrambling;
        _directions = Enumerable.Range(1, dimensions).Select(Directions).ToArray();
        _keys = new ulong[dimensions];
        if (scrambling == SobolScrambling.None) return;
        Span<byte> bytes = stackalloc byte[8];
        for (var d = 0; d < dimensions; d++)
        {
            random.NextBytes(bytes);
            _keys[d] = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        }
    }

    /// <summary>The number of coordinates of each point.</summary>
    public int Dimensions { get; }

    /// <summary>The randomisation applied to every coordinate.</summary>
    public SobolScrambling Scrambling { get; }

    /// <summary>Point number <paramref name="index"/> (0 ≤ index &lt; 2^32) as a new array.</summary>
    public double[] Point(long index)
    {
        var point = new double[Dimensions];
        Point(index, point);
        return point;
    }

    /// <summary>Writes point number <paramref name="index"/> into <paramref name="destination"/> (length ≥ Dimensions).</summary>
    public void Point(long index, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, uint.MaxValue);
        if (destination.Length < Dimensions) throw new ArgumentException("Destination is shorter than the dimension.", nameof(destination));
        var i = (uint)index;
        var gray = i ^ (i >> 1);
        for (var d = 0; d < Dimensions; d++)
        {
            uint x = 0;
            var v = _directions[d];
            for (var (g, j) = (gray, 0); g != 0; g >>= 1, j++)
                if ((g & 1) != 0) x ^= v[j];
            x = Scrambling switch
            {
                SobolScrambling.DigitalShift => BinaryScramble.Shift(x, _keys[d]),
                SobolScrambling.Owen => BinaryScramble.Owen(x, _keys[d]),
                _ => x,
            };
            destination[d] = x * Scale;
        }
    }

    /// <summary><paramref name="count"/> consecutive points starting at index <paramref name="start"/>.</summary>
    public double[][] Points(int count, long start = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var points = new double[count][];
        for (var n = 0; n < count; n++) points[n] = Point(start + n);
        return points;
    }

    /// <summary>
    /// Direction words v_1 … v_32 of a 1-based dimension, v_j = m_j · 2^(32−j), from the Bratley–Fox recurrence
    /// m_j = 2a_1 m_(j−1) ⊕ 2²a_2 m_(j−2) ⊕ … ⊕ 2^s m_(j−s) ⊕ m_(j−s), applied to the words directly.
    /// </summary>
    private static uint[] Directions(int dimension)
    {
        var v = new uint[Bits];
        if (dimension == 1)
        {
            for (var j = 0; j < Bits; j++) v[j] = 1u << (Bits - 1 - j);
            return v;
        }
        var (s, a, m) = JoeKuoDirectionNumbers.ForDimension(dimension);
        for (var j = 0; j < Math.Min(s, Bits); j++) v[j] = m[j] << (Bits - 1 - j);
        for (var j = s; j < Bits; j++)
        {
            var x = v[j - s] ^ (v[j - s] >> s);
            for (var k = 1; k < s; k++)
                if (((a >> (s - 1 - k)) & 1) != 0) x ^= v[j - k];
            v[j] = x;
        }
        return v;
    }
}
