using Ise.Errors;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// What a caller meets while PostgreSQL is away: a refusal it can act on (<see cref="IseErrorCode.Unavailable"/>,
/// saying to retry), and what a caller then does: retries until the write is taken.
/// </summary>
public static class RetryableRefusal
{
    /// <summary>Asserts <paramref name="failure"/> is the platform's retryable refusal, not an internal error.</summary>
    public static void AssertIs(Exception failure)
    {
        var refused = Assert.IsType<IseException>(failure);
        Assert.Equal(IseErrorCode.Unavailable, refused.Code);
        Assert.Contains("Retry", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="write"/> and returns the refusal it met, or null when it was acknowledged.</summary>
    public static async Task<Exception?> TryAsync(Func<Task> write)
    {
        try
        {
            await write();
            return null;
        }
        catch (Exception failure)
        {
            return failure;
        }
    }

    /// <summary>Retries <paramref name="write"/> while it is refused retryably, until it is taken (any other failure ends the test).</summary>
    public static Task UntilTakenAsync(Func<Task> write, string because, TimeSpan timeout) =>
        Eventually.TrueAsync(async () =>
        {
            try
            {
                await write();
                return true;
            }
            catch (IseException ex) when (ex.Code == IseErrorCode.Unavailable)
            {
                return false;
            }
        }, timeout, because);
}
