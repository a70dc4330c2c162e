using System.Net;
using Ise.Gateway.Demo;
using Ise.Gateway.Security;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// Account management in GraphQL: the secretariat's alone, inputs checked with errors naming the field
/// and nothing changed on a refusal, and a person's own password change.
/// </summary>
public sealed class PersonAccountTests(SignInGatewayFactory factory) : IClassFixture<SignInGatewayFactory>
{
    private const string Create = """
        mutation($input: CreatePersonAccountInput!) { createPersonAccount(input: $input) { password account { email displayName role scope disabled createdBy } } }
        """;

    private const string ChangeMine = """
        mutation($current: String!, $next: String!) { changeMyPassword(currentPassword: $current, newPassword: $next) { email } }
        """;

    private static readonly string[] s_management =
    [
        "{ personAccounts { email } }",
        "mutation { createPersonAccount(input: {email: \"x@kent.example\", displayName: \"X\", role: SECRETARIAT}) { password } }",
        "mutation { resetPersonPassword(email: \"secretariat@dev.ise.example\") { password } }",
        "mutation { disablePersonAccount(email: \"secretariat@dev.ise.example\") { disabled } }",
        "mutation { enablePersonAccount(email: \"secretariat@dev.ise.example\") { disabled } }",
        "mutation { changePersonRole(email: \"secretariat@dev.ise.example\", role: DOOR_STAFF, scope: \"x\") { role } }",
    ];

    private Uri Gateway => factory.CreateClient().BaseAddress!;

    private GraphQLClient Secretariat => new(factory.CreateClient());

    [Fact]
    public async Task Account_management_is_forbidden_to_every_role_but_the_secretariat_by_key_or_session()
    {
        var before = await ListedAsync();
        var partner = DevelopmentPeople.All.First(p => p.Role == Ise.Security.IseRole.PartnerStaff);
        using var session = await PersonSession.SignedInAsync(Gateway, partner.Email, partner.Password);
        foreach (var api in new[] { new GraphQLClient(factory.CreateClient(), "dev-partner-kcc"), new GraphQLClient(factory.CreateClient(), "dev-door-workshop"), session.Api })
        {
            foreach (var operation in s_management)
            {
                var (code, _, message) = await api.ErrorAsync(operation);
                Assert.True(code == "FORBIDDEN", $"{operation}: {code} {message}");
            }
        }

        Assert.Equal(before, await ListedAsync());
        Assert.Equal(HttpStatusCode.OK, await (await PersonSession.SignedInAsync(Gateway, "secretariat@dev.ise.example", "dev-secretariat-password")).MeStatusAsync());
    }

    [Fact]
    public async Task Bad_account_inputs_are_refused_naming_the_field_and_create_nothing()
    {
        var before = await ListedAsync();
        var email = NewEmail();
        var cases = new (object Input, string Code, string Field, string Says)[]
        {
            (new { email = "not-an-email", displayName = "X", role = "SECRETARIAT" }, "VALIDATION", "input.email", "is not an email address"),
            (new { email, displayName = " ", role = "SECRETARIAT" }, "VALIDATION", "input.displayName", "display name"),
            (new { email, displayName = "X", role = "SECRETARIAT", scope = "aditec" }, "VALIDATION", "input.scope", "give no scope"),
            (new { email, displayName = "X", role = "PARTNER_STAFF", scope = "acme-agency" }, "VALIDATION", "input.scope", "needs a partner id"),
            (new { email, displayName = "X", role = "EVENT_ORGANISER" }, "VALIDATION", "input.scope", "needs a partner id"),
            (new { email, displayName = "X", role = "DOOR_STAFF", scope = "ev-no-such-event" }, "VALIDATION", "input.scope", "no event 'ev-no-such-event'"),
            (new { email, displayName = "X", role = "CLUSTER_MEMBER", scope = "BE-0000000097" }, "VALIDATION", "input.scope", "no SME 'BE-0000000097'"),
            (new { email = "Secretariat@Dev.Ise.Example ", displayName = "X", role = "SECRETARIAT" }, "CONFLICT", "input.email", "exists already"),
        };

        foreach (var (input, code, field, says) in cases)
        {
            var (actualCode, actualField, message) = await Secretariat.ErrorAsync(Create, new { input });
            Assert.True(actualCode == code && actualField == field && message.Contains(says, StringComparison.Ordinal), $"{System.Text.Json.JsonSerializer.Serialize(input)}: {actualCode} {actualField} {message}");
        }

        var missing = await Secretariat.ErrorAsync("mutation($email: String!) { resetPersonPassword(email: $email) { password } }", new { email });
        Assert.Equal(("NOT_FOUND", "email"), (missing.Code, missing.Field));
        Assert.Equal(before, await ListedAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await PersonSession.Open(Gateway).SignInAsync(email, "anything-long-enough")).Status);
    }

    [Fact]
    public async Task Door_staff_and_cluster_members_are_scoped_to_an_existing_event_and_SME()
    {
        var door = await Secretariat.DataAsync(Create, new { input = new { email = NewEmail(), displayName = "Door", role = "DOOR_STAFF", scope = DemoEvents.WorkshopId } });
        var member = await Secretariat.DataAsync(Create, new { input = new { email = NewEmail(), displayName = "Member", role = "CLUSTER_MEMBER", scope = " BE-0403170701 " } });

        Assert.Equal(DemoEvents.WorkshopId, door["createPersonAccount"]!["account"]!["scope"]!.GetValue<string>());
        Assert.Equal("BE-0403170701", member["createPersonAccount"]!["account"]!["scope"]!.GetValue<string>());
        Assert.Contains("Programme secretariat (development)", door["createPersonAccount"]!["account"]!["createdBy"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_person_signs_in_with_the_one_time_password_and_changes_it_keeping_the_session()
    {
        var email = NewEmail();
        var created = await Secretariat.DataAsync(Create, new { input = new { email = email.ToUpperInvariant(), displayName = "  Nora Vermeulen ", role = "EVENT_ORGANISER", scope = "innovatiehuis" } });
        var account = created["createPersonAccount"]!["account"]!;
        var initial = created["createPersonAccount"]!["password"]!.GetValue<string>();
        Assert.Equal(email, account["email"]!.GetValue<string>());
        Assert.Equal("Nora Vermeulen", account["displayName"]!.GetValue<string>());
        Assert.Equal(16, initial.Length);
        Assert.Contains(email, await ListedAsync());

        using var session = await PersonSession.SignedInAsync(Gateway, email, initial);
        var wrong = await session.Api.ErrorAsync(ChangeMine, new { current = "not-my-password", next = "a-long-new-password" });
        var tooShort = await session.Api.ErrorAsync(ChangeMine, new { current = initial, next = "short" });
        var byKey = await Secretariat.ErrorAsync(ChangeMine, new { current = initial, next = "a-long-new-password" });
        Assert.Equal(("VALIDATION", "currentPassword"), (wrong.Code, wrong.Field));
        Assert.Equal(("VALIDATION", "newPassword"), (tooShort.Code, tooShort.Field));
        Assert.Contains("at least 12 characters", tooShort.Message, StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", byKey.Code);

        await session.Api.DataAsync(ChangeMine, new { current = initial, next = "a-long-new-password" });

        Assert.Equal(HttpStatusCode.OK, await session.MeStatusAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await PersonSession.Open(Gateway).SignInAsync(email, initial)).Status);
        using var again = await PersonSession.SignedInAsync(Gateway, email, "a-long-new-password");

        await Secretariat.DataAsync("mutation($email: String!) { changePersonRole(email: $email, role: PARTNER_STAFF, scope: \"innovatiehuis\") { role } }", new { email });
        await Eventually.TrueAsync(async () => await again.MeStatusAsync() == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(10), "a role change ends the session");
        using var asPartner = await PersonSession.SignedInAsync(Gateway, email, "a-long-new-password");
        Assert.Equal("PARTNER_STAFF", (await asPartner.Api.DataAsync("{ me { role } }"))["me"]!["role"]!.GetValue<string>());
    }

    private static string NewEmail() => $"person-{Guid.NewGuid().ToString("N")[..12]}@kent.example";

    private async Task<List<string>> ListedAsync() =>
        [.. (await Secretariat.DataAsync("{ personAccounts { email } }"))["personAccounts"]!.AsArray().Select(a => a!["email"]!.GetValue<string>())];
}
