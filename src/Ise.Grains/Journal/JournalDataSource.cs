using Npgsql;

namespace Ise.Journal;

/// <summary>
/// The journal's own connection pools, disposed with the silo's services: one for reads (activations, the
/// dispatcher, index lists) and a small one for the writer's commits, so a burst of activations never
/// makes the writer wait for a connection behind them (its callers would time out).
/// </summary>
internal sealed class JournalDataSource(NpgsqlDataSource value, NpgsqlDataSource commits) : IAsyncDisposable, IDisposable
{
    /// <summary>Connections of the writer: one commits, one more looks up the outcome of a batch whose COMMIT answer was lost.</summary>
    internal const int CommitConnections = 2;

    public NpgsqlDataSource Value { get; } = value;

    /// <summary>The writer's pool.</summary>
    public NpgsqlDataSource Commits { get; } = commits;

    /// <summary>Pools to the database of <paramref name="connectionString"/>: at most <paramref name="maxConnections"/> for reads, and the writer's own.</summary>
    public static JournalDataSource Create(string connectionString, int maxConnections)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConnections, 2);
        return new JournalDataSource(Pool(connectionString, maxConnections), Pool(connectionString, CommitConnections));
    }

    public async ValueTask DisposeAsync()
    {
        await Value.DisposeAsync();
        await Commits.DisposeAsync();
    }

    public void Dispose()
    {
        Value.Dispose();
        Commits.Dispose();
    }

    private static NpgsqlDataSource Pool(string connectionString, int maxConnections)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = maxConnections };
        builder.MinPoolSize = Math.Min(builder.MinPoolSize, maxConnections);
        return NpgsqlDataSource.Create(builder.ConnectionString);
    }
}
