using System.Globalization;
using System.Net.Http.Json;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>The embedded platform, run as the README's first command runs it, stopped as a person stops it.</summary>
public sealed class EmbeddedShutdownTests
{
    [Fact]
    public async Task Ctrl_C_on_the_embedded_platform_stops_it_with_no_warning_or_error_line()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        await using var platform = HostProcess.Start("Ise.Gateway", new Dictionary<string, string>
        {
            ["Ise:Mode"] = "Embedded",
            ["Ise:Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Ise:Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Ise:Demo:ArrivalSeconds"] = "1",
            ["Urls"] = url,
        });
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await Eventually.TrueAsync(async () => platform.HasExited || await ClusterProcesses.IsReadyAsync(http), TimeSpan.FromSeconds(120), "the platform reports ready");
        Assert.False(platform.HasExited, string.Join('\n', platform.Output));

        // Grains with state in memory and effects under way: the demo's arrivals keep checking people in.
        await Eventually.TrueAsync(async () => await CheckedInAtTasterAsync(http) >= 2, TimeSpan.FromSeconds(60), "the demo's arrivals check people in");
        platform.Interrupt();

        Assert.True(await platform.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the platform did not stop within 60 s");
        Assert.DoesNotContain(HostLogLines.FromShutdown(platform.Output), HostLogLines.IsWarningOrWorse);
        Assert.Equal(0, platform.ExitCode);
    }

    private static async Task<int> CheckedInAtTasterAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query = "{ event(id: \"ev-demo-taster\") { stats { checkedIn } } }" }),
        };
        request.Headers.Add("X-Api-Key", "dev-secretariat");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        // Ready comes before the demo data is seeded: until then the event is not found (null).
        return body.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object
            && data.GetProperty("event") is { ValueKind: System.Text.Json.JsonValueKind.Object } found
            ? found.GetProperty("stats").GetProperty("checkedIn").GetInt32()
            : 0;
    }
}
