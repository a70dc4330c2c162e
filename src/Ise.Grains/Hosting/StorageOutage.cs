using Ise.Errors;
using Npgsql;

namespace Ise.Hosting;

/// <summary>
/// Tells a failure of PostgreSQL itself (unreachable, restarting, no connection free in the pool, no
/// answer in time) from every other failure, and refuses the caller the way a journaled grain does when
/// its journal cannot store: <see cref="IseErrorCode.Unavailable"/>, nothing acknowledged, retry shortly.
/// </summary>
public static class StorageOutage
{
    /// <summary>The refusal's message: the same promise the journal makes (<c>JournaledIseGrain</c>).</summary>
    public const string Message = "The change could not be stored now (storage is failing); nothing changed unless a retry finds it stored. Retry shortly.";

    /// <summary>Whether <paramref name="failure"/> or one of its causes is PostgreSQL failing as a service, not a refusal of the data.</summary>
    public static bool Caused(Exception failure)
    {
        for (var cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is IseException)
            {
                return false;
            }

            // Transient: unreachable, reset, no free connection in the pool, no answer in time, too many clients.
            // A server going down ends its sessions with an administrator or crash shutdown.
            if (cause is NpgsqlException { IsTransient: true }
                or PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown })
            {
                return true;
            }
        }

        return false;
    }

    public static IseException Refusal() => new(IseErrorCode.Unavailable, null, Message);
}
