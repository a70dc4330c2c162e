using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Ise.Gateway.Hosting;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// Every refusal outside <c>/graphql</c> has one shape, whoever refuses (the endpoint, the authorization
/// middleware, routing): <c>application/problem+json</c> with a <c>code</c> of the API's vocabulary and a
/// message saying why.
/// </summary>
public sealed class RefusalShapeTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string SmeList = "country,company_id,name,region,sector,staff,turnover,balance_sheet,lead_partner\nNL,,Refused BV,South-West Netherlands,Mechatronics,5,1,1,aditec\n";

    [Theory]
    [InlineData(null, "POST", "/api/imports/smes", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData("not-a-key", "POST", "/api/imports/smes", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData("dev-door-workshop", "POST", "/api/imports/smes", HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData("dev-member-gentse-sensoren", "POST", "/api/imports/events/ev-demo-workshop/attendance", HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData("dev-partner-kcc", "POST", "/api/imports/events/ev-demo-workshop/attendance", HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData("dev-secretariat", "POST", "/api/imports/events/ev-demo-draft/attendance", HttpStatusCode.Conflict, "CONFLICT")]
    [InlineData("dev-secretariat", "POST", "/api/imports/events/ev-unknown/attendance", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("dev-secretariat", "PUT", "/api/imports/smes", HttpStatusCode.MethodNotAllowed, "VALIDATION")]
    [InlineData(null, "POST", "/api/imports/history/diagnostics", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData("dev-door-workshop", "POST", "/api/imports/history/diagnostics", HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData("dev-member-gentse-sensoren", "POST", "/api/imports/history/diagnostics", HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData("dev-secretariat", "POST", "/api/imports/history/diagnostics", HttpStatusCode.BadRequest, "VALIDATION")]
    [InlineData(null, "GET", "/api/imports/imp-unknown", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData("dev-secretariat", "GET", "/api/imports/imp-unknown", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("dev-door-workshop", "GET", "/api/indicators/programme/figures.csv", HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData("dev-secretariat", "GET", "/api/indicators/2026-13/figures.csv", HttpStatusCode.BadRequest, "VALIDATION")]
    [InlineData("dev-secretariat", "GET", "/api/indicators/programme.pdf", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData(null, "GET", "/api/me", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData("dev-partner-aditec", "GET", OperationsDashboardExtensions.Path + "/", HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData(null, "POST", "/hubs/events/negotiate?negotiateVersion=1", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    public async Task A_refusal_outside_GraphQL_is_a_problem_with_a_code(string? key, string method, string path, HttpStatusCode status, string code)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        if (method != "GET")
        {
            request.Content = Upload(SmeList);
        }

        using var response = await factory.CreateClient().SendAsync(request);

        await AssertProblemAsync(response, status, code);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_a_problem_with_a_code_naming_the_file()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/imports/smes", UriKind.Relative)) { Content = Upload(new string('x', (10 * 1024 * 1024) + (128 * 1024))) };
        request.Headers.Add("X-Api-Key", "dev-secretariat");

        using var response = await factory.CreateClient().SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "VALIDATION");
        Assert.Equal("file", problem["field"]!.GetValue<string>());
    }

    private static async Task<JsonNode> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(code, problem["code"]?.GetValue<string>());
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()), text);
        return problem;
    }

    private static MultipartFormDataContent Upload(string csv)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "file", "list.csv");
        return content;
    }
}
