namespace GovSim.Experiments.Statistics.Sensitivity;

/// <summary>
/// Morris's elementary-effects screening design (Morris 1991): r random one-at-a-time trajectories on a p-level grid
/// {0, 1/(p−1), …, 1}^k. Each trajectory has k+1 points; from one point to the next exactly one input moves, by
/// ±Δ with Δ = p / (2(p−1)), and every input moves once. With p even and Δ so chosen, every grid level is equally
/// likely to be visited (Morris's symmetric design), which keeps the effects unbiased across the range.
/// Points are numbered trajectory by trajectory: point t·(k+1) + s is step s (0 … k) of trajectory t, so a sweep can
/// run them as numbered points and resume. The caller maps the unit coordinates to parameter ranges.
/// Draw order, fixed so a seed reproduces the design (from <c>new Random(seed)</c>), per trajectory: a Fisher–Yates
/// permutation of the inputs (the order they move in), then for each input in index order a starting level among
/// the lower p/2 levels and a direction (up or down).
/// </summary>
public sealed class MorrisDesign
{
    private readonly int[][][] _grid;   // [trajectory][step][input] grid level 0 … p−1
    private readonly int[][] _moved;    // [trajectory][step−1] input moved to reach step
    private readonly int[][] _sign;     // [trajectory][step−1] +1 or −1

    private MorrisDesign(int inputs, int trajectories, int levels, int seed, int[][][] grid, int[][] moved, int[][] sign)
    {
        Inputs = inputs;
        Trajectories = trajectories;
        Levels = levels;
        Seed = seed;
        _grid = grid;
        _moved = moved;
        _sign = sign;
    }

    /// <summary>The number of inputs k.</summary>
    public int Inputs { get; }

    /// <summary>The number of trajectories r.</summary>
    public int Trajectories { get; }

    /// <summary>The number of grid levels p (even).</summary>
    public int Levels { get; }

    /// <summary>The seed the trajectories were drawn with.</summary>
    public int Seed { get; }

    /// <summary>The step Δ = p / (2(p−1)) on the unit scale.</summary>
    public double Delta => Levels / (2.0 * (Levels - 1));

    /// <summary>Model runs the design needs: r·(k+1).</summary>
    public int PointCount => Trajectories * (Inputs + 1);

    /// <summary>
    /// A design of <paramref name="trajectories"/> trajectories over <paramref name="inputs"/> inputs on a
    /// <paramref name="levels"/>-level grid (p even, ≥ 2; 4 is the usual choice).
    /// </summary>
    public static MorrisDesign Create(int inputs, int trajectories, int levels, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        if (levels % 2 != 0) throw new ArgumentException("Morris levels p must be even so that Δ = p/(2(p−1)) lands on the grid.", nameof(levels));
        _ = checked(trajectories * (inputs + 1));
        var half = levels / 2; // Δ in grid units
        var random = new Random(seed);
        var grid = new int[trajectories][][];
        var moved = new int[trajectories][];
        var sign = new int[trajectories][];
        for (var t = 0; t < trajectories; t++)
        {
            var order = Enumerable.Range(0, inputs).ToArray();
            for (var n = inputs - 1; n > 0; n--)
            {
                var j = random.Next(n + 1);
                (order[n], order[j]) = (order[j], order[n]);
            }
            var start = new int[inputs];
            var up = new bool[inputs];
            for (var i = 0; i < inputs; i++)
            {
                var level = random.Next(half);
                up[i] = random.Next(2) == 0;
                start[i] = up[i] ? level : level + half;
            }
            grid[t] = new int[inputs + 1][];
            grid[t][0] = start;
            moved[t] = order;
            sign[t] = order.Select(i => up[i] ? 1 : -1).ToArray();
            for (var s = 1; s <= inputs; s++)
            {
                var point = (int[])grid[t][s - 1].Clone();
                point[order[s - 1]] += sign[t][s - 1] * half;
                grid[t][s] = point;
            }
        }
        return new MorrisDesign(inputs, trajectories, levels, seed, grid, moved, sign);
    }

    /// <summary>Point number <paramref name="index"/>: step index mod (k+1) of trajectory index div (k+1).</summary>
    public double[] Point(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, PointCount);
        var (t, s) = Math.DivRem(index, Inputs + 1);
        return _grid[t][s].Select(level => level / (double)(Levels - 1)).ToArray();
    }

    /// <summary>All r·(k+1) points in order.</summary>
    public IEnumerable<double[]> Points()
    {
        for (var index = 0; index < PointCount; index++) yield return Point(index);
    }

    /// <summary>The input (0-based) that moves from step <paramref name="step"/>−1 to step (1 ≤ step ≤ k) of a trajectory.</summary>
    public int MovedInput(int trajectory, int step) => _moved[CheckTrajectory(trajectory)][CheckStep(step) - 1];

    /// <summary>The signed move of that input on the unit scale: +Δ or −Δ.</summary>
    public double StepSize(int trajectory, int step) => _sign[CheckTrajectory(trajectory)][CheckStep(step) - 1] * Delta;

    private int CheckTrajectory(int trajectory)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trajectory);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(trajectory, Trajectories);
        return trajectory;
    }

    private int CheckStep(int step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, Inputs);
        return step;
    }
}
