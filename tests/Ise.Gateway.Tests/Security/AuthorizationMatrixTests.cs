using System.Globalization;
using System.Reflection;
using System.Text;
using Ise.Gateway.Hosting;
using Ise.Gateway.Hubs;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// Every operation × every caller (<see cref="AuthorizationMatrix"/>), over real HTTP and SignalR
/// against the embedded gateway, and guards that fail when an operation has no row.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixGatewayFactory factory) : IClassFixture<MatrixGatewayFactory>
{
    private static readonly string[] s_rootTypes = ["queryType", "mutationType"];

    public static TheoryData<string> Operations() => [.. AuthorizationMatrix.Rows.Select(r => r.Operation)];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_caller_is_allowed_or_refused_as_the_matrix_says(string operation)
    {
        var row = AuthorizationMatrix.Rows.Single(r => r.Operation == operation);
        var report = new StringBuilder();
        var wrong = 0;
        foreach (var role in Enum.GetValues<MatrixRole>())
        {
            var expected = row.Expected(role);
            var outcome = await row.ProbeAsync(factory.World, role);
            var ok = outcome.Kind == expected;
            wrong += ok ? 0 : 1;
            report.AppendLine(CultureInfo.InvariantCulture, $"{(ok ? "  " : "✗ ")}{role,-18} expected {expected,-16} got {outcome}");
        }

        Assert.True(wrong == 0, $"{operation}: {wrong} caller(s) not as the matrix says\n{report}");
    }

    [Fact]
    public async Task Every_root_field_of_the_live_schema_has_a_row_and_every_row_a_field()
    {
        var schema = await factory.World.Secretariat.DataAsync("{ __schema { queryType { fields { name } } mutationType { fields { name } } } }");
        var fields = s_rootTypes
            .SelectMany(t => schema["__schema"]![t]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()))
            .ToHashSet();
        var rows = AuthorizationMatrix.Rows.Where(r => r.Surface == MatrixSurface.GraphQL).Select(r => r.Operation).ToHashSet();

        Assert.Empty(fields.Except(rows).Order());
        Assert.Empty(rows.Except(fields).Order());
        Assert.Equal(rows.Count, AuthorizationMatrix.Rows.Count(r => r.Surface == MatrixSurface.GraphQL));
    }

    [Fact]
    public void Every_api_endpoint_and_the_operations_dashboard_have_a_row()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route && route.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        var rows = AuthorizationMatrix.Rows.Where(r => r.Surface == MatrixSurface.Http).Select(r => r.Operation).ToHashSet();

        Assert.NotEmpty(endpoints);
        Assert.Empty(endpoints.Except(rows).Order());
        Assert.Contains("GET " + OperationsDashboardExtensions.Path, rows);
    }

    [Fact]
    public void Every_hub_method_has_a_row()
    {
        var methods = new[] { typeof(EventHub), typeof(ClusterHub) }
            .SelectMany(hub => hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == hub)
                .Select(m => $"{hub.Name}.{m.Name}"))
            .Except(AuthorizationMatrix.HubMethodsWithoutAccess)
            .ToHashSet();
        var rows = AuthorizationMatrix.Rows.Where(r => r.Surface == MatrixSurface.Hub).Select(r => r.Operation).ToHashSet();

        Assert.Equal(methods.Order(), rows.Order());
    }
}
