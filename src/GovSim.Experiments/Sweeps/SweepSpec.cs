using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// A sweep file: a base scenario, fixed overrides, axes over any scenario key, replications and a base seed.
/// Points are the product of the grid axes (values, ranges, simplex grids), crossed with the joint Latin-hypercube
/// samples of the lhs axes when there are any.
/// </summary>
public sealed class SweepSpec
{
    [Description("Sweep name: the default results folder is results/<name>.")]
    public string Name { get; set; } = "";

    [Description("Base scenario file, relative to the sweep file.")]
    public string Scenario { get; set; } = "";

    [Description("Overrides applied to every run, as KEY=VALUE like --set.")]
    public List<string> Set { get; set; } = [];

    [Description("Replications of every point."), Range(1, 1000000)]
    public int Replications { get; set; } = 1;

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
