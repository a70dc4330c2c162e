using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Ise.Hosting.Health;

/// <summary>
/// Ready when PostgreSQL (cluster mode's storage) answers and this process can write to it: the server
/// accepts a new connection, and each pool the process writes through lends a connection that answers
/// within <see cref="PostgresOptions.ConnectTimeoutSeconds"/> — the pool of the configured connection
/// string (grain state, membership, reminders) and, on a silo, the journal's. A pool whose every
/// connection is taken makes writes wait and then fail, so readiness reports it while it lasts.
/// </summary>
public sealed class PostgresHealthCheck(IseOptions options, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await PostgresPreflight.CheckAsync(options.Postgres, cancellationToken);
            await PostgresPreflight.CheckPoolAsync("grain storage", ct => Open(new NpgsqlConnection(options.Postgres.ConnectionString), ct), options.Postgres, cancellationToken);
            if (services.GetService<JournalDataSource>() is { } journal)
            {
                await PostgresPreflight.CheckPoolAsync("journal", ct => journal.Value.OpenConnectionAsync(ct), options.Postgres, cancellationToken);
            }

            return HealthCheckResult.Healthy();
        }
        catch (DatabaseUnreachableException ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }

    private static async ValueTask<NpgsqlConnection> Open(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
