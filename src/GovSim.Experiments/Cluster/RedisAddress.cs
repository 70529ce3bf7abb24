using System.Globalization;
using StackExchange.Redis;

namespace GovSim.Experiments.Cluster;

/// <summary>Where a cluster keeps its membership: `redis://HOST:PORT` or `redis://:PASSWORD@HOST:PORT`.</summary>
public sealed record RedisAddress(string Host, int Port, string? Password)
{
    public static RedisAddress Parse(string text, string option = "--cluster")
    {
        var expected = $"{option} {text}: expected redis://HOST:PORT or redis://:PASSWORD@HOST:PORT.";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != "redis" || uri.Port <= 0 || string.IsNullOrEmpty(uri.Host)
            || uri.AbsolutePath is not ("" or "/"))
            throw new InputException(expected);
        string? password = null;
        if (uri.UserInfo.Length > 0)
        {
            if (!uri.UserInfo.StartsWith(':')) throw new InputException(expected);
            password = Uri.UnescapeDataString(uri.UserInfo[1..]);
        }

        return new RedisAddress(uri.Host, uri.Port, password);
    }

    /// <summary>Connection settings that fail fast when Redis is not there, instead of retrying for long.</summary>
    public ConfigurationOptions Options()
    {
        var options = new ConfigurationOptions
        {
            ConnectTimeout = 3000, SyncTimeout = 5000, AbortOnConnectFail = true, ConnectRetry = 1,
            BacklogPolicy = BacklogPolicy.FailFast, // a command while Redis is gone fails at once instead of queueing
        };
        options.EndPoints.Add(Host, Port);
        if (Password is not null) options.Password = Password;
        return options;
    }

    /// <summary>The address without the password, for messages.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"redis://{Host}:{Port}");

    /// <summary>Whether Redis answers now: one sentence naming it if not (exit code 2 at start).</summary>
    public async Task CheckReachableAsync(string option = "--cluster")
    {
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(Options());
            await connection.GetDatabase().PingAsync();
        }
        catch (Exception e) when (e is RedisException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new InputException($"{option} {this}: Redis does not answer at {Host}:{Port}{(e is RedisConnectionException { FailureType: ConnectionFailureType.AuthenticationFailure } ? " (the password was refused)" : "")}; start redis-server there, or check the address and password.");
        }
    }
}
