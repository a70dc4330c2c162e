using Npgsql;

namespace Ise.Cluster.Tests;

/// <summary>
/// Connections taken out of a pool and kept until disposed, as a leak or a storm of slow queries would keep
/// them: while they are held, whoever else draws on that pool waits for a connection that does not come.
/// Each is opened in turn, so one the pool's owner holds for a moment is taken as soon as it is returned.
/// </summary>
public sealed class HeldConnections : IAsyncDisposable
{
    private readonly List<NpgsqlConnection> _connections = [];

    private HeldConnections()
    {
    }

    public static async Task<HeldConnections> TakeAsync(int count, Func<ValueTask<NpgsqlConnection>> open)
    {
        var held = new HeldConnections();
        try
        {
            for (var i = 0; i < count; i++)
            {
                held._connections.Add(await open());
            }
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }

        return held;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        _connections.Clear();
    }
}
