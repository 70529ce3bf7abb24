using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Results;

/// <summary>
/// Where a run's records go as it runs: each row straight into its table (cases.csv, timeseries.csv,
/// indicators.csv — a file being written, or a sweep's part in memory; a table may be left out), and every record into
/// the run's <see cref="RunLedger"/> for its summary. Rows arrive in canonical order (<see cref="ResultBatch"/>), so
/// the tables are the same whatever engine ran the run.
/// </summary>
public sealed class RunWriter(string runId, World world, Csv? cases, Csv? timeseries, Csv? indicators) : IResultSink
{
    public RunLedger Ledger { get; } = new(world);

    public void Write(ResultBatch batch)
    {
        if (cases is not null)
            foreach (var c in batch.Cases) cases.Add(ResultTables.CaseRow(runId, world, c));
        if (timeseries is not null)
            foreach (var d in batch.Days) timeseries.Add(ResultTables.TimeseriesRow(runId, world, d));
        if (indicators is not null)
            foreach (var i in batch.Indicators) indicators.Add(ResultTables.IndicatorRow(runId, world, i));
        Ledger.Write(batch);
    }
}
