namespace Ise.Gateway.Tests.Security;

/// <summary>The people's account directory is bounded by <c>Ise:People:MaxAccounts</c>: one more account is refused with a clear error, and nothing is created.</summary>
public sealed class PersonDirectoryLimitTests(PersonDirectoryLimitGatewayFactory factory) : IClassFixture<PersonDirectoryLimitGatewayFactory>
{
    private const string Create = "mutation($input: CreatePersonAccountInput!) { createPersonAccount(input: $input) { account { email } } }";

    [Fact]
    public async Task An_account_beyond_the_configured_maximum_is_refused_and_not_created()
    {
        var secretariat = new GraphQLClient(factory.CreateClient());
        for (var i = 0; i < PersonDirectoryLimitGatewayFactory.Room; i++)
        {
            await secretariat.DataAsync(Create, new { input = Input(NewEmail()) });
        }

        var refusedEmail = NewEmail();
        var (code, _, message) = await secretariat.ErrorAsync(Create, new { input = Input(refusedEmail) });
        var listed = (await secretariat.DataAsync("{ personAccounts { email } }"))["personAccounts"]!.AsArray().Select(a => a!["email"]!.GetValue<string>()).ToList();
        var (resetCode, _, _) = await secretariat.ErrorAsync("mutation($e: String!) { resetPersonPassword(email: $e) { password } }", new { e = refusedEmail });

        Assert.Equal("CONFLICT", code);
        Assert.Contains("Ise:People:MaxAccounts", message, StringComparison.Ordinal);
        Assert.Contains(PersonDirectoryLimitGatewayFactory.MaxAccounts.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        Assert.Equal(PersonDirectoryLimitGatewayFactory.MaxAccounts, listed.Count);
        Assert.DoesNotContain(refusedEmail, listed);
        Assert.Equal("NOT_FOUND", resetCode);
    }

    private static object Input(string email) => new { email, displayName = "Directory Person", role = "PARTNER_STAFF", scope = "aditec" };

    private static string NewEmail() => $"directory-{Guid.NewGuid():N}@example.test";
}
