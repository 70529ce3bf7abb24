namespace GovSim.Experiments.Sweeps;

/// <summary>summary.md, summary.csv and plots/*.png of a results folder (also `govsim report DIR`).</summary>
public static class SweepReport
{
    public static void Build(string folder)
    {
        // Filled in by the statistics and plots that follow.
    }
}
