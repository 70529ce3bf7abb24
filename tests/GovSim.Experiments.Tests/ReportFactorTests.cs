using System.Globalization;
using System.Text;
using GovSim.Experiments.Statistics;
using GovSim.Experiments.Sweeps;

namespace GovSim.Experiments.Tests;

/// <summary>The report recovers a factor's known effect from a synthetic runs.csv, with tests that fit the design.</summary>
public class ReportFactorTests
{
    [Fact]
    public void A_known_factor_effect_is_recovered_paired_by_seed_with_holm_adjusted_p_values()
    {
        using var dir = new TempDir();
        var random = new Random(11);
        var csv = new StringBuilder("run_id,scenario,mode,seed,replication,x,cases_submitted,completion_rate,latency_mean_h\n");
        var run = 0;
        for (var rep = 1; rep <= 8; rep++)
        {
            var seedEffect = random.NextDouble() * 10; // common random numbers: every point of a replication shares it
            foreach (var mode in new[] { "administrative", "market" })
                foreach (var x in new[] { "a", "b" })
                {
                    var latency = 20 + (x == "b" ? 4 : 0) + (mode == "market" ? 2 : 0) + seedEffect + random.NextDouble() * 0.2;
                    csv.Append(CultureInfo.InvariantCulture, $"r{run++},s,{mode},{100 + rep},{rep},{x},500,0.9,{latency:R}\n");
                }
        }

        File.WriteAllText(Path.Combine(dir.Path, "runs.csv"), csv.ToString());
        SweepReport.Build(dir.Path);
        var summary = CsvTable.Read(Path.Combine(dir.Path, "summary.csv"));
        string Cell(string[] row, string column) => row[summary.Column(column)];

        var factor = summary.Rows.Where(r => r[0] == "factor:x" && Cell(r, "outcome") == "latency_mean_h").ToList();
        Assert.Equal(2, factor.Count); // b against a, within each mode
        foreach (var row in factor)
        {
            Assert.Equal("true", Cell(row, "paired"));
            Assert.Equal("paired t", Cell(row, "mean_test"));
            Assert.Equal(4, double.Parse(Cell(row, "difference"), CultureInfo.InvariantCulture), 0.2);
            // Pairing removes the seed effect (sd about 3): the paired p is tiny, far below what independent samples give.
            Assert.True(double.Parse(Cell(row, "p"), CultureInfo.InvariantCulture) < 1e-8, Cell(row, "p"));
            Assert.True(double.Parse(Cell(row, "p_holm"), CultureInfo.InvariantCulture) >= double.Parse(Cell(row, "p"), CultureInfo.InvariantCulture));
            Assert.Contains("e-", Cell(row, "p")); // scientific notation, not 0
        }

        var main = summary.Rows.Single(r => r[0] == "main_effect" && Cell(r, "mode") == "x" && Cell(r, "setting") == "b" && Cell(r, "outcome") == "latency_mean_h");
        var (estimate, low, high) = (double.Parse(Cell(main, "mean"), CultureInfo.InvariantCulture),
            double.Parse(Cell(main, "ci_low"), CultureInfo.InvariantCulture), double.Parse(Cell(main, "ci_high"), CultureInfo.InvariantCulture));
        Assert.True(low <= 2 && 2 <= high, $"main effect of x = b: {estimate} [{low}, {high}], expected +2 (half the difference of 4)");
        var markdown = File.ReadAllText(Path.Combine(dir.Path, "summary.md"));
        Assert.Contains("## Factor effects", markdown);
        Assert.Contains("### Main effects and interactions", markdown);
        Assert.Contains("Holm", markdown);
    }
}
