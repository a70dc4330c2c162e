using System.Net;
using System.Text.Json.Nodes;
using Ise.Gateway.Hubs;
using Ise.Gateway.Security;

namespace Ise.Gateway.Tests.Security;

/// <summary>People sign in with a cookie over real HTTP; the session works where an API key works, and ends when it must.</summary>
public sealed class SignInTests(SignInGatewayFactory factory) : IClassFixture<SignInGatewayFactory>
{
    private const string Create = """
        mutation($input: CreatePersonAccountInput!) { createPersonAccount(input: $input) { password account { email role scope disabled } } }
        """;

    private static readonly DevelopmentPerson s_organiser = DevelopmentPeople.All.Single(p => p.Role == Ise.Security.IseRole.EventOrganiser);

    private Uri Gateway => factory.CreateClient().BaseAddress!;

    private GraphQLClient Secretariat => new(factory.CreateClient());

    [Fact]
    public async Task A_signed_in_person_reaches_api_me_graphql_and_a_hub_with_an_http_only_strict_cookie()
    {
        using var session = Open();
        var (status, body) = await session.SignInAsync("  " + s_organiser.Email.ToUpperInvariant() + " ", s_organiser.Password);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("EventOrganiser", body["role"]!.GetValue<string>());
        using var raw = await RawSignInAsync(s_organiser.Email, s_organiser.Password);
        var setCookie = raw.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(PersonCookie.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);

        var me = JsonNode.Parse(await session.Http.GetStringAsync(new Uri("/api/me", UriKind.Relative)))!;
        Assert.Equal(s_organiser.Email, me["name"]!.GetValue<string>());
        Assert.Equal(s_organiser.DisplayName, me["displayName"]!.GetValue<string>());
        Assert.Equal("voka-east-flanders", me["scope"]!.GetValue<string>());
        Assert.True(me["signedIn"]!.GetValue<bool>());

        var caller = await session.Api.DataAsync("{ me { name role scope } }");
        Assert.Equal("EVENT_ORGANISER", caller["me"]!["role"]!.GetValue<string>());
        var eventId = await ApiScenario.LiveEventAsync(session.Api, capacity: 5);

        await using var live = await LiveClient.ConnectWithCookiesAsync(Gateway, EventHub.Path, session.Cookies);
        var board = await live.JoinAsync(eventId);
        Assert.Equal(eventId, board.GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_401_and_no_cookie()
    {
        using var session = Open();
        var wrongPassword = await session.SignInAsync(s_organiser.Email, "not-the-password-at-all");
        var unknownEmail = await session.SignInAsync("nobody-" + Guid.NewGuid().ToString("N")[..8] + "@voka.be", s_organiser.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownEmail.Status);
        Assert.Equal("The email or the password is wrong.", wrongPassword.Body["detail"]!.GetValue<string>());
        Assert.Equal(wrongPassword.Body["detail"]!.ToJsonString(), unknownEmail.Body["detail"]!.ToJsonString());
        Assert.Equal("SIGN_IN_FAILED", unknownEmail.Body["code"]!.GetValue<string>());
        Assert.Null(session.SessionCookie);
        Assert.Equal(HttpStatusCode.Unauthorized, await session.MeStatusAsync());
    }

    [Fact]
    public async Task A_sign_in_without_the_csrf_header_or_without_a_password_is_refused()
    {
        using var noHeader = Open(csrfHeader: false);
        var (status, body) = await noHeader.SignInAsync(s_organiser.Email, s_organiser.Password);
        using var session = Open();
        var (emptyStatus, empty) = await session.SignInAsync(s_organiser.Email, "");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains(PersonCookie.CsrfHeader, body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(noHeader.SessionCookie);
        Assert.Equal(HttpStatusCode.BadRequest, emptyStatus);
        Assert.Contains("\"password\"", empty["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_account_with_a_clear_message_even_for_the_right_password()
    {
        var (email, password) = await NewPersonAsync();
        using var session = Open();
        for (var i = 1; i < SignInGatewayFactory.MaxFailedAttempts; i++)
        {
            Assert.Equal("SIGN_IN_FAILED", (await session.SignInAsync(email, "wrong-password-" + i)).Body["code"]!.GetValue<string>());
        }

        var last = await session.SignInAsync(email, "wrong-password-last");
        var right = await session.SignInAsync(email, password);

        Assert.Equal(HttpStatusCode.Unauthorized, last.Status);
        Assert.Equal("LOCKED_OUT", last.Body["code"]!.GetValue<string>());
        Assert.Contains("locked until", last.Body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("LOCKED_OUT", right.Body["code"]!.GetValue<string>());
        Assert.Null(session.SessionCookie);
        var listed = (await Secretariat.DataAsync("{ personAccounts { email lockedUntil } }"))["personAccounts"]!.AsArray().Single(a => a!["email"]!.GetValue<string>() == email)!;
        Assert.NotNull(listed["lockedUntil"]);

        var reset = await Secretariat.DataAsync("mutation($email: String!) { resetPersonPassword(email: $email) { password account { lockedUntil } } }", new { email });
        Assert.Null(reset["resetPersonPassword"]!["account"]!["lockedUntil"]);
        Assert.Equal(HttpStatusCode.OK, (await session.SignInAsync(email, reset["resetPersonPassword"]!["password"]!.GetValue<string>())).Status);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session_and_refuses_its_sign_in()
    {
        var (email, password) = await NewPersonAsync();
        using var session = await PersonSession.SignedInAsync(Gateway, email, password);
        Assert.Equal(HttpStatusCode.OK, await session.MeStatusAsync());

        var disabled = await Secretariat.DataAsync("mutation($email: String!) { disablePersonAccount(email: $email) { disabled } }", new { email });
        Assert.True(disabled["disablePersonAccount"]!["disabled"]!.GetValue<bool>());

        await Eventually.TrueAsync(async () => await session.MeStatusAsync() == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(10), "the session of the disabled account ends");
        using var again = Open();
        var refused = await again.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("ACCOUNT_DISABLED", refused.Body["code"]!.GetValue<string>());
        Assert.Equal("SIGN_IN_FAILED", (await again.SignInAsync(email, "a-wrong-password")).Body["code"]!.GetValue<string>());

        await Secretariat.DataAsync("mutation($email: String!) { enablePersonAccount(email: $email) { disabled } }", new { email });
        Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync(email, password)).Status);
    }

    [Fact]
    public async Task A_password_reset_ends_the_open_session()
    {
        var (email, password) = await NewPersonAsync();
        using var session = await PersonSession.SignedInAsync(Gateway, email, password);

        await Secretariat.DataAsync("mutation($email: String!) { resetPersonPassword(email: $email) { password } }", new { email });

        await Eventually.TrueAsync(async () => await session.MeStatusAsync() == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(10), "the session ends after the reset");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Open().SignInAsync(email, password)).Status);
    }

    [Fact]
    public async Task A_cookie_post_without_the_csrf_header_is_refused_and_creates_nothing()
    {
        using var secretariat = await SignInDevelopmentAsync(Ise.Security.IseRole.Secretariat);
        using var bare = new HttpClient(new HttpClientHandler { CookieContainer = secretariat.Cookies }) { BaseAddress = Gateway };
        var email = NewEmail();

        var refused = await new GraphQLClient(bare, apiKey: null).SendAsync(Create, new { input = new { email, displayName = "Forged", role = "SECRETARIAT" } });
        using var negotiate = await bare.PostAsync(new Uri(EventHub.Path + "/negotiate?negotiateVersion=1", UriKind.Relative), null);
        using var upload = await bare.PostAsync(new Uri("/api/imports/smes", UriKind.Relative), new StringContent("x"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("cross-site request forgery", refused.Body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, negotiate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal("application/problem+json", upload.Content.Headers.ContentType?.MediaType);
        Assert.Equal("CSRF_HEADER_MISSING", JsonNode.Parse(await upload.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        using var read = await bare.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("{ me { role } }"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.DoesNotContain(email, await ListedEmailsAsync());

        var withKey = await new GraphQLClient(factory.CreateClient()).SendAsync("{ me { role } }");
        Assert.Equal(HttpStatusCode.OK, withKey.Status);
    }

    [Fact]
    public async Task A_mutation_sent_with_GET_is_refused_for_a_session_and_creates_nothing()
    {
        using var secretariat = await SignInDevelopmentAsync(Ise.Security.IseRole.Secretariat);
        var email = NewEmail();
        var mutation = $"mutation {{ createPersonAccount(input: {{email: \"{email}\", displayName: \"Over GET\", role: SECRETARIAT}}) {{ password }} }}";

        using var response = await secretariat.Http.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString(mutation), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("Mutations are sent with POST", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(email, await ListedEmailsAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var session = await SignInDevelopmentAsync(Ise.Security.IseRole.DoorStaff);
        Assert.Equal(HttpStatusCode.OK, await session.MeStatusAsync());

        using var signedOut = await session.Http.PostAsync(new Uri("/auth/signout", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await session.MeStatusAsync());
    }

    private PersonSession Open(bool csrfHeader = true) => PersonSession.Open(Gateway, csrfHeader);

    private Task<PersonSession> SignInDevelopmentAsync(Ise.Security.IseRole role)
    {
        var person = DevelopmentPeople.All.First(p => p.Role == role);
        return PersonSession.SignedInAsync(Gateway, person.Email, person.Password);
    }

    private async Task<HttpResponseMessage> RawSignInAsync(string email, string password)
    {
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/signin") { Content = System.Net.Http.Json.JsonContent.Create(new { email, password }) };
        request.Headers.Add(PersonCookie.CsrfHeader, "1");
        return await http.SendAsync(request);
    }

    private static string NewEmail() => $"person-{Guid.NewGuid().ToString("N")[..12]}@kent.example";

    /// <summary>A fresh partner-staff account made by the secretariat, with its one-time password.</summary>
    private async Task<(string Email, string Password)> NewPersonAsync()
    {
        var email = NewEmail();
        var created = await Secretariat.DataAsync(Create, new { input = new { email, displayName = "Test person", role = "PARTNER_STAFF", scope = "kent-county-council" } });
        return (email, created["createPersonAccount"]!["password"]!.GetValue<string>());
    }

    private async Task<List<string>> ListedEmailsAsync() =>
        [.. (await Secretariat.DataAsync("{ personAccounts { email } }"))["personAccounts"]!.AsArray().Select(a => a!["email"]!.GetValue<string>())];
}
