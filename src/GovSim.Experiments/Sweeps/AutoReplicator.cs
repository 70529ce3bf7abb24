using GovSim.Experiments.Statistics;

namespace GovSim.Experiments.Sweeps;

/// <summary>
/// Which runs a sweep needs. With a number of replications, every run of the plan. With <c>replications: auto</c>,
/// sequentially (Law and Kelton's relative-precision procedure): every point first gets <c>min</c> replications; a point
/// gets one more, round after round, while the 95 % t interval of the named outcome over its replications is wider
/// than <c>relative_half_width</c> of its mean (or the outcome is missing), up to <c>max</c>. The decision reads only
/// finished runs' results, which are deterministic, so a resumed sweep asks for the same runs.
/// </summary>
public sealed class AutoReplicator(SweepPlan plan, SweepFolder folder)
{
    public List<SweepRun> Needed()
    {
        if (!plan.Spec.AutoReplicated) return [.. plan.Runs];
        var rule = plan.Spec.AutoReplications;
        var needed = new List<SweepRun>();
        // The plan lists every point's replications 1..max together, in order.
        foreach (var point in plan.Runs.Chunk(plan.Spec.ReplicationCount))
        {
            var count = rule.Min;
            while (count < rule.Max && point.Take(count).All(r => folder.IsComplete(r.RunId)) && !Precise(point.Take(count), rule)) count++;
            needed.AddRange(point.Take(count));
        }

        return needed;
    }

    private bool Precise(IEnumerable<SweepRun> runs, AutoReplicationSpec rule)
    {
        var values = new List<double>();
        foreach (var run in runs)
        {
            var part = CsvTable.Read(folder.PartOf(run.RunId, "runs.csv"));
            if (CsvTable.Number(part.Rows[0][part.Column(rule.Outcome)]) is not { } v) return false; // missing: not precise
            values.Add(v);
        }

        var d = Describe.Of(values);
        return d.CiHigh is { } hi && (hi - d.Mean) <= rule.RelativeHalfWidth * Math.Abs(d.Mean);
    }
}
