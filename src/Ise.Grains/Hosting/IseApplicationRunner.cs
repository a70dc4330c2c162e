using Ise.Hosting.Migrations;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ise.Hosting;

/// <summary>
/// Runs a host. In cluster mode it first checks PostgreSQL once (and, for silos, applies the
/// migrations), so a wrong or unreachable connection string stops the process at once with one clear
/// log line instead of a stack of provider retries. <c>migrate</c> as the only argument applies the
/// migrations and exits.
/// </summary>
public static partial class IseApplicationRunner
{
    public const int DatabaseUnreachableExitCode = 2;

    public static async Task<int> RunIseAsync(this WebApplication app, string[] args, bool appliesMigrations)
    {
        var options = app.Services.GetRequiredService<IseOptions>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Ise.Startup");
        var migrateOnly = args.Contains("migrate", StringComparer.Ordinal);
        if (options.Mode == IseMode.Cluster || migrateOnly)
        {
            try
            {
                if (appliesMigrations || migrateOnly)
                {
                    var migrator = ActivatorUtilities.CreateInstance<DatabaseMigrator>(app.Services, options.Postgres);
                    await migrator.MigrateAsync(app.Lifetime.ApplicationStopping);
                }
                else
                {
                    await PostgresPreflight.CheckAsync(options.Postgres, app.Lifetime.ApplicationStopping);
                }
            }
            catch (DatabaseUnreachableException ex)
            {
                LogCannotStart(logger, ex.Message);

                // The console logger writes from a background queue: disposing the host flushes it before the process ends.
                await app.DisposeAsync();
                return DatabaseUnreachableExitCode;
            }
        }

        if (migrateOnly)
        {
            LogMigrated(logger);
            await app.DisposeAsync();
            return 0;
        }

        await app.RunAsync();
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: {Reason}")]
    private static partial void LogCannotStart(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date.")]
    private static partial void LogMigrated(ILogger logger);
}
