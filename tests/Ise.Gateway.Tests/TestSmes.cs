namespace Ise.Gateway.Tests;

/// <summary>Fresh SMEs registered through the API, with contacts given with consent.</summary>
public static class TestSmes
{
    public static readonly object Consent = new { version = "2026-01", givenOn = "2026-02-01", language = "DUTCH" };

    public static object Contact(string name, string? email = null, string? phone = null) => new { name, email, phone, consent = Consent };

    /// <summary>Registers a Dutch SME led by <paramref name="partner"/> and returns its id.</summary>
    public static async Task<string> RegisterAsync(GraphQLClient client, string partner = "aditec", params object[] contacts)
    {
        var kvk = TestCompanyIds.Kvk();
        var input = new
        {
            country = "NL", companyId = kvk, name = "Test firm " + kvk, region = "SOUTH_WEST_NETHERLANDS", sector = "MECHATRONICS", staffCount = 12,
            turnover = new { amount = 1_500_000, currency = "EUR" }, balanceSheetTotal = new { amount = 900_000, currency = "EUR" },
            leadPartnerId = partner, contacts,
        };
        var data = await client.DataAsync("mutation($input: RegisterSmeInput!) { registerSme(input: $input) { sme { id } } }", new { input });
        return data["registerSme"]!["sme"]!["id"]!.GetValue<string>();
    }

    /// <summary>A word no other SME's name holds: letters only, so it is one word of the name.</summary>
    public static string NewWord() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))))[..10];

    /// <summary>Waits until the name index (kept up to date from the journal) finds <paramref name="count"/> SMEs for <paramref name="name"/>.</summary>
    public static Task FoundByNameAsync(GraphQLClient client, string name, int count) =>
        ListedAsync(client, new { name }, count, $"The name index never found {count} SMEs named like '{name}'.");

    /// <summary>
    /// Registers SMEs until the list of every SME holds at least <paramref name="count"/>, whatever ran before (the
    /// demo's and other tests' SMEs count too), and waits until it lists them.
    /// </summary>
    public static async Task ListHoldsAtLeastAsync(GraphQLClient client, int count)
    {
        var listed = (await client.DataAsync("{ smes(first: 100) { items { id } } }"))["smes"]!["items"]!.AsArray().Count;
        for (var missing = count - listed; missing > 0; missing--)
        {
            await RegisterAsync(client);
        }

        await ListedAsync(client, new { }, count, $"The list of SMEs never held {count}.");
    }

    /// <summary>
    /// Waits until the indexes (kept up to date from the journal) list at least <paramref name="count"/> SMEs for
    /// <paramref name="filter"/> (an <c>SmeFilter</c>) as <paramref name="client"/> sees them.
    /// </summary>
    public static async Task ListedAsync(GraphQLClient client, object filter, int count, string because)
    {
        const string Search = "query($filter: SmeFilter) { smes(first: 100, filter: $filter) { items { id } } }";
        for (var deadline = DateTime.UtcNow.AddSeconds(60); (await client.DataAsync(Search, new { filter }))["smes"]!["items"]!.AsArray().Count < count; await Task.Delay(200))
        {
            Assert.True(DateTime.UtcNow < deadline, because);
        }
    }
}
