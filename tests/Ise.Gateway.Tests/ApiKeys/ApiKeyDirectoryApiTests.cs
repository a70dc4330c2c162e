using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ise.Gateway.Demo;
using Ise.Gateway.Security;
using Ise.Testing;

namespace Ise.Gateway.Tests.ApiKeys;

/// <summary>Keys created, rotated and revoked by the secretariat through the API, on the real embedded gateway.</summary>
public sealed class ApiKeyDirectoryApiTests(MovableClockGatewayFactory factory) : IClassFixture<MovableClockGatewayFactory>
{
    private const string KeyFields = "id name role scope source status createdAt createdBy rotatedFromId rotatedToId expiresAt revokedAt revokedBy";
    private const string Create = $"mutation($input: CreateApiKeyInput!) {{ createApiKey(input: $input) {{ secret key {{ {KeyFields} }} }} }}";
    private const string Rotate = $"mutation($id: ID!, $grace: Int) {{ rotateApiKey(id: $id, graceMinutes: $grace) {{ secret key {{ {KeyFields} }} }} }}";
    private const string Revoke = $"mutation($id: ID!) {{ revokeApiKey(id: $id) {{ {KeyFields} }} }}";
    private const string List = $"{{ apiKeys {{ {KeyFields} }} }}";

    private GraphQLClient Api(string? key = "dev-secretariat") => new(factory.CreateClient(), key);

    private async Task<(string Id, string Secret)> CreateAsync(string name, string role, string? scope)
    {
        var issued = (await Api().DataAsync(Create, new { input = new { name, role, scope } }))["createApiKey"]!;
        return (issued["key"]!["id"]!.GetValue<string>(), issued["secret"]!.GetValue<string>());
    }

    private async Task<(HttpStatusCode Status, string? Role, string? Scope)> MeAsync(string key)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var response = await client.GetAsync(new Uri("/api/me", UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (response.StatusCode, null, null);
        }

        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, me.GetProperty("role").GetString(), me.GetProperty("scope").GetString());
    }

    private async Task<JsonArray> ListAsync() => (await Api().DataAsync(List))["apiKeys"]!.AsArray();

    private static JsonNode Listed(JsonArray keys, string id) => keys.Single(k => k!["id"]!.GetValue<string>() == id)!;

    [Fact]
    public async Task A_created_key_authenticates_survives_rotation_for_its_grace_and_stops_at_revocation()
    {
        try
        {
            var (oldId, oldSecret) = await CreateAsync("ADITEC CRM", "PARTNER_STAFF", "aditec");
            Assert.StartsWith($"ise_{oldId}_", oldSecret, StringComparison.Ordinal);
            Assert.Equal((HttpStatusCode.OK, "PartnerStaff", "aditec"), await MeAsync(oldSecret));

            var rotated = (await Api().DataAsync(Rotate, new { id = oldId, grace = 60 }))["rotateApiKey"]!;
            var newId = rotated["key"]!["id"]!.GetValue<string>();
            var newSecret = rotated["secret"]!.GetValue<string>();
            Assert.Equal(oldId, rotated["key"]!["rotatedFromId"]!.GetValue<string>());
            Assert.Equal((HttpStatusCode.OK, "PartnerStaff", "aditec"), await MeAsync(oldSecret));
            Assert.Equal((HttpStatusCode.OK, "PartnerStaff", "aditec"), await MeAsync(newSecret));
            Assert.Equal("EXPIRING", Listed(await ListAsync(), oldId)["status"]!.GetValue<string>());

            factory.Time.Offset = TimeSpan.FromMinutes(61);
            Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(oldSecret)).Status);
            Assert.Equal(HttpStatusCode.OK, (await MeAsync(newSecret)).Status);
            Assert.Equal("EXPIRED", Listed(await ListAsync(), oldId)["status"]!.GetValue<string>());

            var revoked = (await Api().DataAsync(Revoke, new { id = newId }))["revokeApiKey"]!;
            Assert.Equal("REVOKED", revoked["status"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(newSecret)).Status);
        }
        finally
        {
            factory.Time.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Revoking_twice_changes_nothing_and_a_revoked_key_cannot_be_rotated()
    {
        var (id, secret) = await CreateAsync("Door of the workshop", "DOOR_STAFF", DemoEvents.WorkshopId);
        Assert.Equal((HttpStatusCode.OK, "DoorStaff", DemoEvents.WorkshopId), await MeAsync(secret));

        var first = (await Api().DataAsync(Revoke, new { id }))["revokeApiKey"]!;
        var second = (await Api().DataAsync(Revoke, new { id }))["revokeApiKey"]!;
        var rotation = await Api().ErrorAsync(Rotate, new { id });

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(secret)).Status);
        Assert.Equal(("CONFLICT", "id"), (rotation.Code, rotation.Field));
    }

    [Theory]
    [InlineData("dev-partner-aditec")]
    [InlineData("dev-organiser-voka-east")]
    [InlineData("dev-door-workshop")]
    [InlineData("dev-member-gentse-sensoren")]
    [InlineData(EmbeddedGatewayFactory.ConfiguredKey)]
    [InlineData(null)]
    public async Task Every_other_role_and_anonymous_callers_are_refused_every_key_operation_and_nothing_changes(string? callerKey)
    {
        var (id, secret) = await CreateAsync("Innovatiehuis portal", "PARTNER_STAFF", "innovatiehuis");
        var before = (await ListAsync()).ToJsonString();
        var api = Api(callerKey);

        var refusals = new[]
        {
            await api.ErrorAsync(List),
            await api.ErrorAsync(Create, new { input = new { name = "Sneaky", role = "SECRETARIAT", scope = (string?)null } }),
            await api.ErrorAsync(Rotate, new { id, grace = 10 }),
            await api.ErrorAsync(Revoke, new { id }),
        };

        Assert.All(refusals, r => Assert.Equal("FORBIDDEN", r.Code));
        Assert.Equal(before, (await ListAsync()).ToJsonString());
        Assert.Equal((HttpStatusCode.OK, "PartnerStaff", "innovatiehuis"), await MeAsync(secret));
    }

    public static TheoryData<string, object, string, string> BadCreations => new()
    {
        { "empty name", new { name = "", role = "PARTNER_STAFF", scope = "aditec" }, "VALIDATION", "input.name" },
        { "blank name", new { name = "  ", role = "PARTNER_STAFF", scope = "aditec" }, "VALIDATION", "input.name" },
        { "long name", new { name = new string('n', 101), role = "PARTNER_STAFF", scope = "aditec" }, "VALIDATION", "input.name" },
        { "unknown partner", new { name = "X", role = "PARTNER_STAFF", scope = "not-a-partner" }, "VALIDATION", "input.scope" },
        { "secretariat with scope", new { name = "X", role = "SECRETARIAT", scope = "aditec" }, "VALIDATION", "input.scope" },
        { "organiser without scope", new { name = "X", role = "EVENT_ORGANISER", scope = (string?)null }, "VALIDATION", "input.scope" },
        { "door staff of a partner", new { name = "X", role = "DOOR_STAFF", scope = "aditec" }, "VALIDATION", "input.scope" },
        { "door staff of no event", new { name = "X", role = "DOOR_STAFF", scope = "ev-doesnotexist" }, "VALIDATION", "input.scope" },
        { "member of a malformed SME", new { name = "X", role = "CLUSTER_MEMBER", scope = "aditec" }, "VALIDATION", "input.scope" },
        { "member of no SME", new { name = "X", role = "CLUSTER_MEMBER", scope = "BE-0999999999" }, "VALIDATION", "input.scope" },
    };

    [Theory]
    [MemberData(nameof(BadCreations))]
    public async Task A_bad_new_key_is_refused_naming_the_field_and_changes_nothing(string why, object input, string code, string field)
    {
        var before = (await ListAsync()).ToJsonString();

        var refusal = await Api().ErrorAsync(Create, new { input });

        Assert.True((code, field) == (refusal.Code, refusal.Field), $"{why}: {refusal}");
        Assert.Contains(field, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await ListAsync()).ToJsonString());
    }

    [Fact]
    public async Task An_unknown_role_is_refused_by_the_schema()
    {
        var (code, _, message) = await Api().ErrorAsync(Create, new { input = new { name = "X", role = "JANITOR", scope = (string?)null } });

        Assert.Equal("VALIDATION", code);
        Assert.Contains("role", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ids_too_long_graces_and_configured_keys_are_refused_with_what_to_do()
    {
        var (id, secret) = await CreateAsync("VOKA West export", "PARTNER_STAFF", "voka-west-flanders");
        var before = (await ListAsync()).ToJsonString();

        var unknownRevoke = await Api().ErrorAsync(Revoke, new { id = "abcdefghjkmn" });
        var unknownRotate = await Api().ErrorAsync(Rotate, new { id = "no such key", grace = 0 });
        var tooLong = await Api().ErrorAsync(Rotate, new { id, grace = 7 * 24 * 60 + 1 });
        var negative = await Api().ErrorAsync(Rotate, new { id, grace = -5 });
        var configured = await Api().ErrorAsync(Revoke, new { id = "configured-1" });
        var development = await Api().ErrorAsync(Rotate, new { id = "development-1", grace = 0 });

        Assert.Equal(("NOT_FOUND", "id"), (unknownRevoke.Code, unknownRevoke.Field));
        Assert.Equal(("NOT_FOUND", "id"), (unknownRotate.Code, unknownRotate.Field));
        Assert.Equal(("VALIDATION", "graceMinutes"), (tooLong.Code, tooLong.Field));
        Assert.Equal(("VALIDATION", "graceMinutes"), (negative.Code, negative.Field));
        Assert.Equal(("CONFLICT", "id"), (configured.Code, configured.Field));
        Assert.Contains("Ise:ApiKeys", configured.Message, StringComparison.Ordinal);
        Assert.Equal(("CONFLICT", "id"), (development.Code, development.Field));
        Assert.Equal(before, (await ListAsync()).ToJsonString());
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(EmbeddedGatewayFactory.ConfiguredKey)).Status);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(secret)).Status);
    }

    [Fact]
    public async Task The_list_shows_every_key_with_its_source_and_never_a_secret_or_hash()
    {
        var (id, secret) = await CreateAsync("Kent CRM", "PARTNER_STAFF", "kent-county-council");

        var listed = await ListAsync();
        var text = listed.ToJsonString();

        var key = Listed(listed, id);
        Assert.Equal(("DIRECTORY", "ACTIVE", "Programme secretariat (development) [Secretariat]"),
            (key["source"]!.GetValue<string>(), key["status"]!.GetValue<string>(), key["createdBy"]!.GetValue<string>()));
        Assert.Equal("CONFIGURATION", Listed(listed, "configured-1")["source"]!.GetValue<string>());
        Assert.Equal(DevelopmentApiKeys.All.Count, listed.Count(k => k!["source"]!.GetValue<string>() == "DEVELOPMENT"));
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[$"ise_{id}_".Length..], text, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeyStore.Hash(secret), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ApiKeyStore.Hash(EmbeddedGatewayFactory.ConfiguredKey), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("dev-secretariat", text, StringComparison.Ordinal);
    }
}
