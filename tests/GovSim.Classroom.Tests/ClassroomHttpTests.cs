using System.Net;
using System.Text.Json;
using GovSim.Experiments.Scenarios;
using GovSim.Model.Scenario;

namespace GovSim.Classroom.Tests;

/// <summary>The classroom over HTTP: frames by Server-Sent Events, the teacher's token, checked controls, the saved scenario.</summary>
public class ClassroomHttpTests
{
    private static double SimHours(JsonElement frame) => frame.GetProperty("simHours").GetDouble();

    [Fact]
    public async Task Frames_stream_by_server_sent_events_and_carry_advancing_simulated_time_for_every_mode()
    {
        await using var classroom = await ClassroomServer.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await classroom.Control("speed", 24)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await classroom.Control("play")).StatusCode);
        var frames = await classroom.Frames(8);
        Assert.True(SimHours(frames[^1]) > SimHours(frames[0]), $"{SimHours(frames[0])} → {SimHours(frames[^1])}");
        var panels = frames[^1].GetProperty("panels").EnumerateArray().ToList();
        Assert.Equal(["administrative", "market", "network", "cyborg", "mosaic"], panels.Select(p => p.GetProperty("mode").GetString()));
        Assert.Equal(["行政式", "市场式", "网络式", "赛博格", "拼盘"], panels.Select(p => p.GetProperty("zh").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await classroom.Control("pause")).StatusCode);
        var paused = await classroom.Frames(4);
        Assert.All(paused, f => Assert.Equal(SimHours(paused[0]), SimHours(f)));
        Assert.False(paused[^1].GetProperty("running").GetBoolean());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-token")]
    public async Task A_control_without_the_teachers_token_is_forbidden_and_changes_nothing(string? token)
    {
        await using var classroom = await ClassroomServer.StartAsync();
        var response = await classroom.Control("play", token: token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(classroom.Server.Classroom.Running);
    }

    [Theory]
    [InlineData("demand", 99, "demand: expected cases per hour from 0 to 40, found 99.")]
    [InlineData("push", "strong", "push: expected a push from 0 to 1, found \"strong\".")]
    [InlineData("outage", 0, "outage: expected hours from 1 to 72, found 0.")]
    [InlineData("maturity", 1.5, "maturity: expected a digital maturity from 0 to 1, found 1.5.")]
    [InlineData("skills", -0.1, "skills: expected a share of citizens from 0 to 1, found -0.1.")]
    [InlineData("reset", "later", "reset: expected \"same\" or \"new\" (seed)")]
    [InlineData("scenario", "atlantis", "scenario: expected one of default")]
    [InlineData("dance", null, "expected an action: play, pause")]
    public async Task Bad_control_values_get_400_and_one_sentence(string action, object? value, string expected)
    {
        await using var classroom = await ClassroomServer.StartAsync();
        var response = await classroom.Control(action, value);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;
        Assert.StartsWith(expected, error);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public async Task The_saved_scenario_holds_the_changes_at_their_simulated_hours_and_loads_as_it_was()
    {
        await using var classroom = await ClassroomServer.StartAsync();
        await classroom.Control("step");
        await classroom.Control("demand", 14);
        await classroom.Control("step");
        await classroom.Control("outage", 6);
        await classroom.Control("maturity", 0.9);
        await classroom.Control("skills", 0.5);
        var yaml = await classroom.Http.GetStringAsync("api/scenario.yaml");
        var file = Path.Combine(Path.GetTempPath(), $"govsim-classroom-{Environment.ProcessId}-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, yaml);
        try
        {
            var loaded = ScenarioLoader.Load(file).Spec;
            Assert.Equal(ScenarioJson.Serialize(classroom.Server.Classroom.Scenario), ScenarioJson.Serialize(loaded));
            Assert.Equal([(24.0, (double?)14, (double?)null), (48.0, null, 6)],
                loaded.Interventions.Take(2).Select(i => (i.AtHours, i.ArrivalsRatePerHour, i.PlatformDownHours)));
            Assert.Equal([(48.0, (double?)0.9, (double?)null), (48.0, null, 0.5)],
                loaded.Interventions.Skip(2).Select(i => (i.AtHours, i.DigitalMaturity, i.UnskilledShare)));
        }
        finally
        {
            File.Delete(file);
        }

        var log = (await classroom.Frames(1))[0].GetProperty("log").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Demand set to 14 cases per hour", "Platform taken down for 6 hours", "Every department's digital maturity set to 0.9",
            "Citizens without digital skills set to 50 %"], log);
        var settings = (await classroom.Frames(1))[0].GetProperty("settings");
        Assert.Equal((14.0, 0.9, 0.5), (settings.GetProperty("demand").GetDouble(), settings.GetProperty("maturity").GetDouble(), settings.GetProperty("unskilledShare").GetDouble()));
    }
}
