using System.Net;
using static Ise.Gateway.Tests.TrustedDocuments.TrustedDocumentRequests;

namespace Ise.Gateway.Tests.TrustedDocuments;

/// <summary>A deployment with <c>Ise:Api:RequireTrustedDocuments</c>: anonymous callers and door staff send trusted documents only; other roles anything.</summary>
public sealed class TrustedDocumentsOnlyTests(TrustedDocumentsOnlyGatewayFactory factory) : IClassFixture<TrustedDocumentsOnlyGatewayFactory>
{
    private const string CheckInPageDocument = "mutation($code: String!) { checkIn(code: $code) { outcome localTime } }";

    private TrustedDocumentRequests As(string? apiKey) => new(factory.CreateClient(), apiKey);

    [Theory]
    [InlineData("dev-door-workshop", "door staff")]
    [InlineData(null, "callers without credentials")]
    public async Task Their_own_document_is_refused_naming_the_rule_and_a_trusted_one_runs_by_hash(string? apiKey, string who)
    {
        var trusted = NewDocument("me { role }");
        await RegisterAsync(factory.CreateClient(), trusted);
        var caller = As(apiKey);

        var (refusedStatus, refused) = await caller.PostAsync(new { query = NewDocument("me { role }") });
        var (byIdStatus, byId) = await caller.PostAsync(new { documentId = DocumentId(trusted) });
        var (_, persisted) = await caller.PostAsync(new { extensions = PersistedQuery(Hash(trusted)) });
        var (_, unknown) = await caller.PostAsync(new { extensions = PersistedQuery(Hash(NewDocument())) });

        Assert.Equal(HttpStatusCode.Forbidden, refusedStatus);
        Assert.Equal("FORBIDDEN", Code(refused));
        Assert.Contains($"lets {who} send trusted documents only (Ise:Api:RequireTrustedDocuments)", Message(refused), StringComparison.Ordinal);
        Assert.Null(refused["data"]);
        Assert.Equal(HttpStatusCode.OK, byIdStatus);
        Assert.Null(byId["errors"]);
        Assert.Null(persisted["errors"]);
        Assert.NotNull(byId["extensions"]!["cost"]);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(unknown));
    }

    [Fact]
    public async Task Door_staff_sending_the_text_of_a_page_document_run_it()
    {
        var (_, body) = await As("dev-door-workshop").PostAsync(new { query = CheckInPageDocument, variables = new { code = "not-a-code" } });

        Assert.NotEqual("FORBIDDEN", Code(body));
        Assert.Equal("VALIDATION", Code(body));
        Assert.Equal("code", body["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Door_staff_sending_an_untrusted_text_with_its_own_hash_are_refused()
    {
        var document = NewDocument();

        var (_, body) = await As("dev-door-workshop").PostAsync(new { query = document, extensions = PersistedQuery(Hash(document)) });

        Assert.Equal("FORBIDDEN", Code(body));
    }

    [Fact]
    public async Task Other_roles_still_send_documents_of_their_own()
    {
        var (status, body) = await As("dev-partner-kcc").PostAsync(new { query = NewDocument("me { role }") });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["errors"]);
    }
}
