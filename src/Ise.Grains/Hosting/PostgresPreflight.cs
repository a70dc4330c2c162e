using System.Net.Sockets;
using Npgsql;

namespace Ise.Hosting;

/// <summary>
/// Opens the first PostgreSQL connection of a process once, with a short timeout, and turns any
/// failure into one <see cref="DatabaseUnreachableException"/> that says what to fix, instead of the
/// providers' stack of retries.
/// </summary>
public static class PostgresPreflight
{
    public static async Task<NpgsqlConnection> OpenAsync(PostgresOptions options, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new DatabaseUnreachableException(
                "Ise:Postgres:ConnectionString is empty; cluster mode needs a PostgreSQL connection string " +
                "(environment variable Ise__Postgres__ConnectionString).");
        }

        // The silo's own pool (the same connection string): a check takes what a write would take.
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Timeout = options.ConnectTimeoutSeconds };
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            throw new DatabaseUnreachableException($"Ise:Postgres:ConnectionString is malformed: {ex.Message}", ex);
        }

        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw Unreachable(builder.Host, builder.Port, builder.Database, builder.Username, ex);
        }
    }

    /// <summary>
    /// Whether the server answers now. Opening may hand out an idle pooled connection without a round trip
    /// (one the server or the network dropped meanwhile), so the server is asked a question.
    /// </summary>
    public static async Task CheckAsync(PostgresOptions options, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(options, cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            throw Unreachable(connection.Host, connection.Port, connection.Database, connection.UserName, ex);
        }
    }

    /// <summary>
    /// Whether a connection pool of this process lends, within the connect timeout, a connection that answers:
    /// when every connection is taken (the pool exhausted) or the server is away, <see cref="DatabaseUnreachableException"/> says so.
    /// </summary>
    public static async Task CheckPoolAsync(string pool, Func<CancellationToken, ValueTask<NpgsqlConnection>> open, PostgresOptions options, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.ConnectTimeoutSeconds));
        try
        {
            await using var connection = await open(deadline.Token);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(deadline.Token);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new DatabaseUnreachableException(
                $"The {pool} connection pool lent no connection that answered within {options.ConnectTimeoutSeconds} s " +
                $"(every connection taken, or PostgreSQL away): {ex.GetBaseException().Message}", ex);
        }
    }

    private static DatabaseUnreachableException Unreachable(string? host, int port, string? database, string? user, Exception ex) =>
        new($"PostgreSQL at {host}:{port} (database '{database}', user '{user}') is unreachable: {ex.GetBaseException().Message}", ex);
}
