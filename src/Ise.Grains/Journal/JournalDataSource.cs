using Npgsql;

namespace Ise.Journal;

/// <summary>The journal's own connection pool, disposed with the silo's services.</summary>
internal sealed class JournalDataSource(NpgsqlDataSource value) : IAsyncDisposable, IDisposable
{
    public NpgsqlDataSource Value { get; } = value;

    public ValueTask DisposeAsync() => Value.DisposeAsync();

    public void Dispose() => Value.Dispose();
}
