namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// Saltelli's sampling design for first-order and total Sobol indices (Saltelli et al. 2010). A base sample of N
/// points in 2k dimensions is split into A (columns 1…k) and B (columns k+1…2k); AB_i is A with column i taken
/// from B. The model is run at N·(k+2) points, numbered in a fixed order so a sweep can run them as numbered points
/// and resume anywhere:
/// <list type="bullet">
/// <item>0 … N−1: rows of A;</item>
/// <item>N … 2N−1: rows of B;</item>
/// <item>(2+i)·N … (3+i)·N−1: rows of AB_i, for input i = 0 … k−1 (0-based).</item>
/// </list>
/// <see cref="SobolAnalysis.Analyze"/> reads outputs in this same order. Points are on the unit hypercube; the
/// caller maps each coordinate to its parameter's range.
/// </summary>
public sealed class SobolDesign
{
    private readonly double[][] _base; // N rows of 2k: A | B

    private SobolDesign(int inputs, int baseSize, SampleBase sampleBase, int seed, SobolScrambling scrambling, double[][] rows)
    {
        Inputs = inputs;
        BaseSize = baseSize;
        Base = sampleBase;
        Seed = seed;
        Scrambling = scrambling;
        _base = rows;
    }

    /// <summary>The number of inputs k.</summary>
    public int Inputs { get; }

    /// <summary>The base sample size N (rows of A and of B).</summary>
    public int BaseSize { get; }

    /// <summary>Where the 2k-column base sample came from.</summary>
    public SampleBase Base { get; }

    /// <summary>The seed the base sample was drawn with.</summary>
    public int Seed { get; }

    /// <summary>The scrambling of a Sobol base (ignored for a Latin hypercube base).</summary>
    public SobolScrambling Scrambling { get; }

    /// <summary>Model runs the design needs: N·(k+2).</summary>
    public int PointCount => PointCountFor(Inputs, BaseSize);

    /// <summary>N·(k+2), the number of points of a design with k inputs and base size N.</summary>
    public static int PointCountFor(int inputs, int baseSize) => checked(baseSize * (inputs + 2));

    /// <summary>
    /// The design for <paramref name="inputs"/> inputs and base size <paramref name="baseSize"/>. A Sobol base uses
    /// points 0 … N−1 of a 2k-dimensional sequence scrambled with keys from <c>new Random(seed)</c> (default Owen;
    /// keep N a power of two so A and B are nets); a Latin hypercube base is <see cref="LatinHypercube.Sample(int,int,int)"/>
    /// with 2k columns.
    /// </summary>
    public static SobolDesign Create(int inputs, int baseSize, SampleBase sampleBase, int seed,
        SobolScrambling scrambling = SobolScrambling.Owen)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSize, 2);
        var columns = 2 * inputs;
        _ = PointCountFor(inputs, baseSize);
        var rows = sampleBase switch
        {
            SampleBase.Sobol => columns <= SobolSequence.MaxDimensions
                ? new SobolSequence(columns, scrambling, seed).Points(baseSize)
                : throw new ArgumentOutOfRangeException(nameof(inputs),
                    $"A Sobol base covers at most {SobolSequence.MaxDimensions / 2} inputs; use a Latin hypercube base."),
            SampleBase.LatinHypercube => LatinHypercube.Sample(baseSize, columns, seed),
            _ => throw new ArgumentOutOfRangeException(nameof(sampleBase)),
        };
        return new SobolDesign(inputs, baseSize, sampleBase, seed, scrambling, rows);
    }

    /// <summary>Row <paramref name="row"/> of A, as a new array.</summary>
    public double[] A(int row) => CheckRow(row)[..Inputs];

    /// <summary>Row <paramref name="row"/> of B, as a new array.</summary>
    public double[] B(int row) => CheckRow(row)[Inputs..];

    /// <summary>Row <paramref name="row"/> of AB_input: A's row with column <paramref name="input"/> (0-based) from B.</summary>
    public double[] AB(int input, int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(input);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(input, Inputs);
        var full = CheckRow(row);
        var point = full[..Inputs];
        point[input] = full[Inputs + input];
        return point;
    }

    /// <summary>Point number <paramref name="index"/> in the documented order (A rows, B rows, AB_0 … AB_(k−1)).</summary>
    public double[] Point(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, PointCount);
        var (block, row) = Math.DivRem(index, BaseSize);
        return block switch
        {
            0 => A(row),
            1 => B(row),
            _ => AB(block - 2, row),
        };
    }

    /// <summary>All N·(k+2) points in order.</summary>
    public IEnumerable<double[]> Points()
    {
        for (var index = 0; index < PointCount; index++) yield return Point(index);
    }

    private double[] CheckRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, BaseSize);
        return _base[row];
    }
}
