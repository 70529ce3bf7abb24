using GovSim.Experiments.Statistics.Sensitivity;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// The points of a sweep's morris or sobol design, on the unit cube of its factors (the lhs axes, in file order), in
/// the design's fixed order — so a point's index names its runs and an analysis finds its outputs again. The design's
/// random streams are seeded from the sweep's seed only.
/// </summary>
public static class SensitivityDesigns
{
    public static MorrisDesign Morris(SweepSpec spec) =>
        MorrisDesign.Create(Factors(spec).Count, spec.Morris.Trajectories, spec.Morris.Levels, DesignSeed(spec));

    public static SobolDesign Sobol(SweepSpec spec) =>
        SobolDesign.Create(Factors(spec).Count, spec.Sobol.BaseSize, SampleBases.Parse(spec.Sobol.Base), DesignSeed(spec));

    /// <summary>The factors: the lhs axes.</summary>
    public static List<AxisSpec> Factors(SweepSpec spec) => spec.Axes.Where(a => a.Lhs is not null).ToList();

    /// <summary>How many points the design has, without building it.</summary>
    public static double PointCount(SweepSpec spec)
    {
        var k = Factors(spec).Count;
        return spec.Design switch
        {
            "morris" => (double)spec.Morris.Trajectories * (k + 1),
            "sobol" => (double)spec.Sobol.BaseSize * (k + 2),
            _ => throw new ArgumentException($"not a sensitivity design: {spec.Design}"),
        };
    }

    /// <summary>The design's points in unit coordinates.</summary>
    public static IEnumerable<double[]> UnitPoints(SweepSpec spec) => spec.Design == "morris" ? Morris(spec).Points() : Sobol(spec).Points();

    /// <summary>A factor's value at unit coordinate u.</summary>
    public static double Scale(AxisSpec factor, double u) => factor.Lhs!.From + u * (factor.Lhs.To - factor.Lhs.From);

    // int: the library's seeds; derived from the sweep's seed so that a new seed gives a new design.
    private static int DesignSeed(SweepSpec spec) => (int)(spec.Seed % int.MaxValue);
}
