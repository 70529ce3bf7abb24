using System.Text;
using System.Text.Json;
using GovSim.Experiments.Results;

namespace GovSim.Experiments.Tests;

public class ResultsFolderTests
{
    [Fact]
    public async Task A_run_writes_every_contract_file_with_the_contract_columns()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("run");
        var result = await Cli.Run("run", "--engine", "reference", "--set", "population.citizens=300", "--set", "duration_days=5", "--set", "warmup_days=0", "--out", outDir);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("events processed", result.Out);
        Assert.Contains("events/s", result.Out);
        foreach (var file in new[] { "runs.csv", "cases.csv", "timeseries.csv", "citizens.csv", "breakdown.csv", "indicators.csv", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);

        var runs = File.ReadAllText(Path.Combine(outDir, "runs.csv")).Split('\n');
        Assert.Equal(
            "run_id,scenario,mode,seed,replication,population.citizens,duration_days,warmup_days,cases_submitted,cases_completed,cases_abandoned," +
            "completion_rate,on_time_rate,latency_mean_h,latency_p50_h,latency_p90_h,latency_p95_h,trips_mean,proofs_by_citizen_mean," +
            "messages_total,escalations_total,leader_interventions,rework_total,cost_total,satisfaction_mean,events_processed,wall_seconds,cases_open," +
            "platform_fallbacks,platform_down_hours,peer_refusals,tender_retries,latency_mean_skilled_h,latency_mean_unskilled_h," +
            "trips_mean_skilled,trips_mean_unskilled,cohort_cases,latency_km_median_h,latency_rmst_h,cost_per_case,steady_state," +
            "backlog_slope_per_day,mser_warmup_days,platform_held,leader_turnovers",
            runs[0]);
        Assert.StartsWith("default-s42,default,administrative,42,1,300,5,0,", runs[1]);

        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json"))).RootElement;
        Assert.Equal("complete", manifest.GetProperty("runs")[0].GetProperty("status").GetString());
        Assert.Equal(64, manifest.GetProperty("scenario_sha256").GetString()!.Length);
        Assert.Equal(300, manifest.GetProperty("scenario").GetProperty("population").GetProperty("citizens").GetInt32());
    }

    [Fact]
    public void Csv_is_rfc4180_utf8_without_bom_with_newline_endings()
    {
        using var dir = new TempDir();
        var csv = new Csv(["a", "b"]);
        csv.Add(["x,y", "say \"hi\""]);
        csv.Add(["张三", Csv.Number(1.0 / 3)]);
        var path = Path.Combine(dir.Path, "t.csv");
        csv.WriteTo(path);
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n张三,0.333333\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal("", Csv.Number((double?)null));
    }
}
