using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// A sweep file: a base scenario, fixed overrides, axes over any scenario key, replications and a base seed. With the
/// grid design, points are the product of the grid axes (values, ranges, simplex grids), crossed with the joint
/// Latin-hypercube samples of the lhs axes when there are any; the morris and sobol designs place their points in the
/// ranges of the lhs axes for a global sensitivity analysis.
/// </summary>
public sealed class SweepSpec
{
    [Description("Sweep name: the default results folder is results/<name>.")]
    public string Name { get; set; } = "";

    [Description("Base scenario file, relative to the sweep file.")]
    public string Scenario { get; set; } = "";

    [Description("Overrides applied to every run, as KEY=VALUE like --set.")]
    public List<string> Set { get; set; } = [];

    [Description("Replications of every point: a number, or auto (replications are added to a point until the 95 % CI of an outcome is narrow enough: auto_replications).")]
    public string Replications { get; set; } = "1";

    [Description("The rule of replications: auto.")]
    public AutoReplicationSpec AutoReplications { get; set; } = new();

    [Description("How points are chosen: grid (the product of the axes), morris (elementary effects, Morris 1991) or sobol (Saltelli sampling for Sobol indices); morris and sobol take the lhs axes as the factors and their ranges.")]
    public string Design { get; set; } = "grid";

    [Description("Settings of the morris design.")]
    public MorrisSpec Morris { get; set; } = new();

    [Description("Settings of the sobol design.")]
    public SobolSpec Sobol { get; set; } = new();

    /// <summary>The replications of every point, or the most a point may get under auto.</summary>
    public int ReplicationCount => Replications == "auto" ? AutoReplications.Max : int.TryParse(Replications, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    public bool AutoReplicated => Replications == "auto";

    [Description("Base seed; each run's seed is derived from it (see README, sweeps).")]
    public long Seed { get; set; } = 1;

    [Description("true: a replication uses the same seed at every point (common random numbers); false: the seed also depends on the point's parameters.")]
    public bool CommonRandomNumbers { get; set; } = true;

    [Description("Joint Latin-hypercube samples of the lhs axes."), Range(0, 1000000)]
    public int Samples { get; set; }

    [Description("Whether cases.csv is written (it holds one row per case, so it grows fast).")]
    public bool WriteCases { get; set; } = true;

    [Description("Whether timeseries.csv is written (one row per department and day; long runs make it large).")]
    public bool WriteTimeseries { get; set; } = true;

    [Description("The axes.")]
    public List<AxisSpec> Axes { get; set; } = [];

    [Description("Dimensions of breakdown.csv (service, digital_group, scope, channel, region) whose groups summary.md reports by setting and mode.")]
    public List<string> Breakdown { get; set; } = [];
}

/// <summary>One axis: exactly one of values, range, lhs or simplex.</summary>
public sealed class AxisSpec
{
    [Description("Scenario key (dotted, as --set) for values, range and lhs axes.")]
    public string Key { get; set; } = "";

    [Description("More keys that take the same value as key (a linked axis, e.g. every function's digital maturity).")]
    public List<string> AlsoSets { get; set; } = [];

    [Description("Explicit values.")]
    public List<string> Values { get; set; } = [];

    [Description("Evenly spaced numbers: from, to (inclusive), step.")]
    public RangeSpec? Range { get; set; }

    [Description("A continuous range sampled by Latin hypercube: from, to.")]
    public RangeSpec? Lhs { get; set; }

    [Description("A grid on the simplex: weights over keys, in steps of step, summing to 1 (mosaic weights).")]
    public SimplexSpec? Simplex { get; set; }
}

public sealed class RangeSpec
{
    public double From { get; set; }
    public double To { get; set; }
    public double Step { get; set; }
}

public sealed class SimplexSpec
{
    public List<string> Keys { get; set; } = [];
    public double Step { get; set; } = 0.25;
}

public sealed class AutoReplicationSpec
{
    [Description("The runs.csv outcome whose confidence interval decides.")]
    public string Outcome { get; set; } = "latency_mean_h";

    [Description("Stop adding replications to a point once the 95 % CI half-width of the outcome is at most this share of its mean.")]
    [Range(0.0001, 1.0)]
    public double RelativeHalfWidth { get; set; } = 0.05;

    [Description("Replications every point gets first."), Range(2, 1000)]
    public int Min { get; set; } = 3;

    [Description("The most replications a point gets."), Range(2, 10000)]
    public int Max { get; set; } = 30;
}

public sealed class MorrisSpec
{
    [Description("Trajectories (r): each gives one elementary effect per factor."), Range(2, 10000)]
    public int Trajectories { get; set; } = 10;

    [Description("Levels (p) of the grid each factor moves on; even."), Range(2, 100)]
    public int Levels { get; set; } = 4;

    [Description("Bootstrap resamples for the confidence intervals."), Range(0, 100000)]
    public int Bootstrap { get; set; } = 1000;
}

public sealed class SobolSpec
{
    [Description("Base sample size N (a power of two): the design has N × (factors + 2) points."), Range(2, 1048576)]
    public int BaseSize { get; set; } = 64;

    [Description("Base sample: sobol (scrambled Sobol sequence) or lhs (Latin hypercube).")]
    public string Base { get; set; } = "sobol";

    [Description("Bootstrap resamples for the confidence intervals."), Range(0, 100000)]
    public int Bootstrap { get; set; } = 1000;
}
