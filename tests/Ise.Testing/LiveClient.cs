using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ise.Testing;

/// <summary>
/// A real SignalR client of one of the gateway's hubs, authenticated the way the browser pages are
/// (the API key as access token), recording every <c>Snapshot</c> and <c>Changed</c> message it receives as JSON.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    /// <summary>The header a signed-in page sends with every unsafe request (the gateway's CSRF rule).</summary>
    public const string CsrfHeader = "X-Ise-Csrf";

    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<LiveMessage> _messages = new();

    private LiveClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<JsonElement>("Snapshot", body => _messages.Enqueue(new LiveMessage("Snapshot", body)));
        _connection.On<JsonElement>("Changed", body => _messages.Enqueue(new LiveMessage("Changed", body)));
    }

    public IReadOnlyList<LiveMessage> Messages => [.. _messages];

    public static async Task<LiveClient> ConnectAsync(Uri gateway, string hubPath, string? apiKey)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(gateway, hubPath), options =>
            {
                if (apiKey is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(apiKey);
                }
            })
            .Build();
        await connection.StartAsync();
        return new LiveClient(connection);
    }

    /// <summary>Connects as a signed-in page does: with the session cookie, and the CSRF header on the negotiate request.</summary>
    public static async Task<LiveClient> ConnectWithCookiesAsync(Uri gateway, string hubPath, CookieContainer cookies)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(gateway, hubPath), options =>
            {
                options.Cookies = cookies;
                options.Headers[CsrfHeader] = "1";
            })
            .Build();
        await connection.StartAsync();
        return new LiveClient(connection);
    }

    /// <summary>Joins a group (an event id or a sector slug) and returns the board it starts from.</summary>
    public Task<JsonElement> JoinAsync(string id) => _connection.InvokeAsync<JsonElement>("Join", id);

    public Task LeaveAsync(string id) => _connection.InvokeAsync("Leave", id);

    public Task<JsonElement> InvokeAsync(string method, params object[] args) => _connection.InvokeCoreAsync<JsonElement>(method, args);

    /// <summary>Waits for a message matching <paramref name="match"/> and returns it.</summary>
    public async Task<LiveMessage> WaitForAsync(Func<LiveMessage, bool> match, string because, TimeSpan? timeout = null)
    {
        LiveMessage? found = null;
        await Eventually.TrueAsync(() =>
        {
            found = _messages.FirstOrDefault(match);
            return Task.FromResult(found is not null);
        }, timeout ?? TimeSpan.FromSeconds(20), because);
        return found!;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
