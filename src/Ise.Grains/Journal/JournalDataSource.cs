using Npgsql;

namespace Ise.Journal;

/// <summary>The journal's own connection pool, disposed with the silo's services.</summary>
internal sealed class JournalDataSource(NpgsqlDataSource value) : IAsyncDisposable, IDisposable
{
    public NpgsqlDataSource Value { get; } = value;

    /// <summary>A pool of at most <paramref name="maxConnections"/> connections to the database of <paramref name="connectionString"/>.</summary>
    public static JournalDataSource Create(string connectionString, int maxConnections)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConnections, 2);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = maxConnections };
        builder.MinPoolSize = Math.Min(builder.MinPoolSize, maxConnections);
        return new JournalDataSource(NpgsqlDataSource.Create(builder.ConnectionString));
    }

    public ValueTask DisposeAsync() => Value.DisposeAsync();

    public void Dispose() => Value.Dispose();
}
