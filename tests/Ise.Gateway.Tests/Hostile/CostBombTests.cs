using System.Net;
using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>
/// The cost bombs of the hostile corpus over HTTP: each is refused with one VALIDATION error whose
/// message names the limit it passed, by the pre-check, before GraphQL.NET's validation is entered (the
/// gateway's validator counts what it validates, and the count does not move).
/// </summary>
public sealed class CostBombTests(ValidationCountingGatewayFactory factory) : IClassFixture<ValidationCountingGatewayFactory>
{
    [Theory]
    [InlineData("@include repeated 12,000 times on one field", "more than 10,000 tokens")]
    [InlineData("8,000 unused variable definitions", "more than 10,000 tokens")]
    [InlineData("8,000 unknown arguments", "more than 10,000 tokens")]
    [InlineData("a chain of 6,000 fragment spreads", "more than 10,000 tokens")]
    [InlineData("@include repeated 1,000 times on one field", "more than 4 directives at one location")]
    [InlineData("520 directives on 260 fields", "more than 500 directives")]
    [InlineData("1,000 unused variable definitions", "more than 100 variable definitions")]
    [InlineData("1,000 unknown arguments", "more than 16 arguments on one field or directive")]
    [InlineData("2,090 arguments on 190 fields", "more than 2,000 arguments")]
    [InlineData("a chain of 1,000 fragment spreads", "more than 32 levels deep")]
    [InlineData("40,000 attendee codes in the variables", "more than 12,000 values")]
    [InlineData("variables nested 40 lists deep", "more than 16 levels deep")]
    [InlineData("a string of 100,000 characters in the variables", "longer than 16,384 characters")]
    public async Task A_cost_bomb_is_refused_by_the_precheck_naming_its_limit_before_validation(string bomb, string limit)
    {
        var hostile = HostileCorpus.CostBombs().Single(b => b.Name == bomb);
        var validatedBefore = factory.Validator.Validated;

        var (status, errors) = await SendAsync(hostile);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(errors)!;
        Assert.Equal("VALIDATION", error["extensions"]!["code"]!.GetValue<string>());
        var message = error["message"]!.GetValue<string>();
        Assert.Contains(limit, message, StringComparison.Ordinal);
        Assert.Contains("(limit: ", message, StringComparison.Ordinal);
        Assert.Equal(validatedBefore, factory.Validator.Validated);
    }

    [Fact]
    public async Task A_repeated_directive_under_the_limits_is_left_to_validation_which_refuses_it()
    {
        var hostile = HostileRequest.Json("a directive twice", """{"query":"{ me @include(if: true) @include(if: true) { role } }"}""");
        var validatedBefore = factory.Validator.Validated;

        var (status, errors) = await SendAsync(hostile);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(errors, e => e!["message"]!.GetValue<string>().Contains("can only be used once at this location", StringComparison.Ordinal));
        Assert.Equal(validatedBefore + 1, factory.Validator.Validated);
    }

    /// <summary>Sends the request; the status and the errors.</summary>
    private async Task<(HttpStatusCode Status, JsonArray Errors)> SendAsync(HostileRequest hostile)
    {
        using var message = hostile.ToMessage();
        using var response = await factory.CreateClient().SendAsync(message);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray());
    }
}
