namespace Ise.Testing;

/// <summary>Polls a condition that becomes true asynchronously, failing with a message after a deadline.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string because)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0}s waiting until {because}.");
            }

            await Task.Delay(200);
        }
    }
}
