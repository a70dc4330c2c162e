using Npgsql;

namespace Ise.Hosting;

/// <summary>Where cluster mode keeps membership, grain state and reminders.</summary>
public sealed class PostgresOptions
{
    /// <summary>An Npgsql connection string; environment variable <c>Ise__Postgres__ConnectionString</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// Seconds to wait for a connection before giving up: the first one (with one clear message) and every
    /// later one, new or from a pool (see <see cref="PooledConnectionString"/>).
    /// </summary>
    public int ConnectTimeoutSeconds { get; set; } = 5;

    /// <summary>
    /// Seconds a command may run before it is abandoned (see <see cref="PooledConnectionString"/>). A network that drops
    /// packets answers nothing and resets nothing: without this bound a read on a pooled connection waited Npgsql's
    /// default 30 s, and its caller met Orleans' 30 s response timeout instead of a retryable refusal.
    /// </summary>
    public int CommandTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The connection string a silo's pools are opened with (grain state, membership, reminders, the journal):
    /// <see cref="ConnectionString"/> with Npgsql's <c>Command Timeout</c> set to <see cref="CommandTimeoutSeconds"/> and
    /// its <c>Timeout</c> to <see cref="ConnectTimeoutSeconds"/>. A
    /// write then waits that long at most for a connection, new or free in an exhausted pool, and is refused
    /// retryably, instead of Npgsql's default 15 s, met several times over by one call (the write, then the
    /// next activation's read) and beyond the 30 s a caller waits for an answer. A string Npgsql cannot read is
    /// returned as it is, for the start-up check to report.
    /// </summary>
    public string PooledConnectionString()
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = ConnectTimeoutSeconds, CommandTimeout = CommandTimeoutSeconds }.ConnectionString;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            return ConnectionString;
        }
    }
}
