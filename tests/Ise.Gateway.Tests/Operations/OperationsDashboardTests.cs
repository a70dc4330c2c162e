using System.Net;
using Ise.Gateway.Hosting;

namespace Ise.Gateway.Tests.Operations;

public sealed class OperationsDashboardTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("dev-partner-aditec", HttpStatusCode.Forbidden)]
    [InlineData("dev-door-workshop", HttpStatusCode.Forbidden)]
    [InlineData("dev-secretariat", HttpStatusCode.OK)]
    public async Task Only_the_secretariat_reaches_the_orleans_dashboard(string? key, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        using var page = await client.GetAsync(new Uri(OperationsDashboardExtensions.Path + "/", UriKind.Relative));
        using var api = await client.GetAsync(new Uri(OperationsDashboardExtensions.Path + "/DashboardCounters", UriKind.Relative));

        Assert.Equal(expected, page.StatusCode);
        Assert.Equal(expected, api.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains("totalActivationCount", await api.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }
}
