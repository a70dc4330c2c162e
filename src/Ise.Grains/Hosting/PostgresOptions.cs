namespace Ise.Hosting;

/// <summary>Where cluster mode keeps membership, grain state and reminders.</summary>
public sealed class PostgresOptions
{
    /// <summary>An Npgsql connection string; environment variable <c>Ise__Postgres__ConnectionString</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Seconds to wait for the first connection before giving up with one clear message.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 5;
}
