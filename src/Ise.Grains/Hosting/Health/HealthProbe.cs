namespace Ise.Hosting.Health;

/// <summary>
/// <c>probe URL</c> as a host's arguments: asks the URL once and exits 0 when it answers with
/// success, 1 otherwise. Container health checks use it (the runtime images have no curl).
/// </summary>
public static class HealthProbe
{
    public const string Command = "probe";

    /// <summary>The exit code when <paramref name="args"/> ask for a probe; null when they don't.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args is not [Command, var url])
        {
            return null;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            await Console.Out.WriteLineAsync($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await Console.Out.WriteLineAsync($"{url}: {ex.Message}");
            return 1;
        }
    }
}
