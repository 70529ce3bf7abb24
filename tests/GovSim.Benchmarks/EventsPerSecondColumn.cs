using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovSim.Model.Reference;
using GovSim.Model.Scenario;

namespace GovSim.Benchmarks;

/// <summary>
/// Agent events per second: the run's event count (deterministic, so computed once here with the reference host)
/// divided by the benchmark's mean time.
/// </summary>
public sealed class EventsPerSecondColumn : IColumn
{
    private static readonly ConcurrentDictionary<int, long> Events = new();

    public string Id => nameof(EventsPerSecondColumn);
    public string ColumnName => "Events/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Agent events handled per second of the mean run time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats) return "-";
        var days = (int)benchmarkCase.Parameters["Days"];
        var events = Events.GetOrAdd(days, d => new ReferenceHost().Run(World.Compile(EngineBenchmarks.Scenario(d).Spec)).EventsProcessed);
        return (events / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
