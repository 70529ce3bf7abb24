using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovSim.Experiments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovSim.Classroom;

/// <summary>
/// `govsim demo`'s web server (ASP.NET Core minimal API): the page, one stream of frames by Server-Sent Events shared by
/// every viewer, and the teacher's controls, which need the token printed at start (anyone else gets 403). The race
/// advances on one loop, about seven frames a second, whatever the number of viewers.
/// </summary>
public sealed class DemoServer : IAsyncDisposable
{
    private static readonly TimeSpan FrameInterval = TimeSpan.FromMilliseconds(150); // above the 5 updates a second a class needs
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly WebApplication _app;
    private readonly Classroom _classroom;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private DemoServer(WebApplication app, Classroom classroom, Broadcast broadcast, string url, string token)
    {
        _app = app;
        _classroom = classroom;
        Url = url;
        Token = token;
        Broadcast = broadcast;
        _loop = Task.Run(() => FrameLoop(_stop.Token));
    }

    /// <summary>The page's address, for viewers.</summary>
    public string Url { get; }

    /// <summary>The teacher's token; the teacher's link is <see cref="Url"/>?token=…</summary>
    public string Token { get; }

    public string TeacherUrl => $"{Url}?token={Token}";

    public Broadcast Broadcast { get; }

    public Classroom Classroom => _classroom;

    public static async Task<DemoServer> StartAsync(string scenarioPath, string host, int port, CancellationToken cancel = default)
    {
        if (!IPAddress.TryParse(host, out var address))
            throw new InputException($"--host {host}: expected an IP address such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network).");
        if (port is < 0 or > 65535) throw new InputException($"--port {port}: expected a port from 1 to 65535.");
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, WebRootPath = webRoot });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(address, port));
        var app = builder.Build();
        var classroom = await Classroom.StartAsync(scenarioPath, cancel);
        var broadcast = new Broadcast();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)); // a secret, not a simulation input
        Map(app, classroom, broadcast, token);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e)
        {
            await classroom.DisposeAsync();
            throw new InputException($"--port {port}: cannot listen on {host}:{port} ({e.Message.TrimEnd('.')}); choose another port with --port.");
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = bound.Replace("[::]", "localhost").TrimEnd('/') + "/";
        return new DemoServer(app, classroom, broadcast, url, token);
    }

    private static void Map(WebApplication app, Classroom classroom, Broadcast broadcast, string token)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet("/events", (CancellationToken cancel) => TypedResults.ServerSentEvents(broadcast.Frames(cancel), "state"));
        app.MapGet("/api/scenarios", () => classroom.ScenarioNames);
        // A plain link (no token): viewers may take the scenario home too.
        app.MapGet("/api/scenario.yaml", () => Results.File(Encoding.UTF8.GetBytes(
            ScenarioYaml.Write(classroom.Scenario,
                "Saved from the GovSim classroom: the scenario with its seed and, under interventions, every change made\n" +
                "during the class at its simulated hour. `govsim run --scenario FILE` replays the run the class saw.")),
            "application/yaml", "govsim-classroom.yaml"));
        app.MapPost("/api/control", async (HttpRequest request) =>
        {
            if (!IsTeacher(request, token)) return Results.Json(new { error = "Only the teacher's link can change the run." }, statusCode: 403);
            ClassroomControl? control;
            try
            {
                control = await request.ReadFromJsonAsync<ClassroomControl>(Json);
            }
            catch (Exception e) when (e is JsonException or BadHttpRequestException or InvalidOperationException)
            {
                return Results.Json(new { error = "expected a JSON body such as {\"action\": \"play\"}." }, statusCode: 400);
            }

            if (control is null || string.IsNullOrEmpty(control.Action))
                return Results.Json(new { error = $"expected an action: {string.Join(", ", ClassroomControl.Actions)}." }, statusCode: 400);
            var error = await classroom.ApplyAsync(control);
            return error is null ? Results.Json(new { ok = true }) : Results.Json(new { error }, statusCode: 400);
        });
    }

    private static bool IsTeacher(HttpRequest request, string token)
    {
        var given = request.Headers["X-Teacher-Token"].FirstOrDefault() ?? request.Query["token"].FirstOrDefault() ?? "";
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token));
    }

    private async Task FrameLoop(CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var last = clock.Elapsed;
        using var timer = new PeriodicTimer(FrameInterval);
        do
        {
            try
            {
                var now = clock.Elapsed;
                await _classroom.TickAsync(now - last); // pacing only: the simulated instants do not depend on it
                last = now;
                Broadcast.Publish(JsonSerializer.Serialize(await _classroom.FrameAsync(), Json));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Console.Error.WriteLine($"govsim demo: a frame failed ({e.GetType().Name}: {e.Message}); the next one tries again.");
            }
        } while (await WaitNext(timer, stop));
    }

    private static async Task<bool> WaitNext(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2))) await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
        await _classroom.DisposeAsync();
        _stop.Dispose();
    }
}
