using System.Net.Http.Json;
using System.Text.Json;
using GovSim.Experiments.Running;

namespace GovSim.Classroom.Tests;

/// <summary>A classroom server on a free loopback port for a test, with helpers to read its frames and send controls.</summary>
public sealed class ClassroomServer : IAsyncDisposable
{
    private ClassroomServer(DemoServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
    }

    public DemoServer Server { get; }
    public HttpClient Http { get; }

    public static async Task<ClassroomServer> StartAsync() => new(await DemoServer.StartAsync(ProjectPaths.DefaultScenario, "127.0.0.1", 0));

    public Task<HttpResponseMessage> Control(string action, object? value = null, string? token = "teacher")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/control")
        {
            Content = JsonContent.Create(value is null ? new Dictionary<string, object?> { ["action"] = action } : new Dictionary<string, object?> { ["action"] = action, ["value"] = value }),
        };
        if (token is not null) request.Headers.Add("X-Teacher-Token", token == "teacher" ? Server.Token : token);
        return Http.SendAsync(request);
    }

    /// <summary>Reads <paramref name="count"/> frames from a fresh connection to the event stream.</summary>
    public async Task<List<JsonElement>> Frames(int count)
    {
        using var response = await Http.GetAsync("events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var frames = new List<JsonElement>();
        string? eventType = null;
        while (frames.Count < count && await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) eventType = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                Assert.Equal("state", eventType);
                frames.Add(JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone());
            }
        }

        return frames;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
