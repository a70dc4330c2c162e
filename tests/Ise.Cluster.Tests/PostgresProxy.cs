using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ise.Cluster.Tests;

/// <summary>
/// A TCP relay between a silo and the test PostgreSQL server, so a test can take the database away from
/// that silo alone: <see cref="Cut"/> resets every open connection and refuses new ones (as a server that
/// went down), <see cref="Drop"/> silently loses every byte either way on open and new connections alike (as
/// a network that drops packets: nothing is refused, nothing answers), <see cref="Restore"/> lets
/// connections through again (after a drop, the connections that lost bytes are reset, as TCP gives them up).
/// The server itself, shared with the other tests, is never touched.
/// </summary>
public sealed class PostgresProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly DnsEndPoint _server;
    private readonly ConcurrentDictionary<Socket, Socket> _links = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private volatile bool _cut;
    private volatile bool _dropping;

    private PostgresProxy(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _server = new DnsEndPoint(builder.Host!, builder.Port);
        _listener.Start();
        builder.Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        ConnectionString = builder.ConnectionString;
        _accepting = AcceptAsync();
    }

    /// <summary>The database's connection string, through the relay.</summary>
    public string ConnectionString { get; }

    public static PostgresProxy Start(string connectionString) => new(connectionString);

    public void Cut()
    {
        _cut = true;
        foreach (var (client, server) in _links)
        {
            Reset(client);
            Reset(server);
        }
    }

    public void Drop() => _dropping = true;

    public void Restore()
    {
        if (_dropping)
        {
            foreach (var (client, server) in _links)
            {
                Reset(client);
                Reset(server);
            }
        }

        _dropping = false;
        _cut = false;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (_cut)
            {
                Reset(client);
                continue;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await server.ConnectAsync(_server, _stop.Token);
            _links[client] = server;
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The other side went away, or the relay was cut: the connection ends here.
        }
        finally
        {
            _links.TryRemove(client, out _);
            Reset(client);
            Reset(server);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                if (_dropping)
                {
                    continue;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Reset or cancelled: the relay's end.
        }
    }

    /// <summary>Closes a socket with a reset (no orderly shutdown), as a dropped network looks to the other side.</summary>
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }
    }
}
