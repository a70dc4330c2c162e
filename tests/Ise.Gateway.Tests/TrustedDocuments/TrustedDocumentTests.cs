using System.Net;
using Ise.Testing;
using static Ise.Gateway.Tests.TrustedDocuments.TrustedDocumentRequests;

namespace Ise.Gateway.Tests.TrustedDocuments;

/// <summary>Documents sent by hash instead of text, and their registration by the secretariat, through real HTTP.</summary>
public sealed class TrustedDocumentTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private TrustedDocumentRequests As(string? apiKey) => new(factory.CreateClient(), apiKey);

    [Fact]
    public async Task The_secretariat_registers_a_document_with_who_and_when_and_it_runs_by_documentId_priced_like_its_text()
    {
        var document = NewDocument("smes(first: 3) { items { id } }");
        var registered = await RegisterAsync(factory.CreateClient(), document, "Three SMEs");

        var (status, body) = await As("dev-partner-kcc").PostAsync(new { documentId = DocumentId(document) });
        var (_, listed) = await As("dev-secretariat").PostAsync(new { query = "{ trustedDocuments { id name registeredBy } }" });

        Assert.Equal(DocumentId(document), registered["id"]!.GetValue<string>());
        Assert.Equal(("Three SMEs", "Registered by a test", document), (registered["name"]!.GetValue<string>(), registered["description"]!.GetValue<string>(), registered["document"]!.GetValue<string>()));
        Assert.StartsWith("Programme secretariat", registered["registeredBy"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.UtcNow - registered["registeredAt"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["errors"]);
        Assert.Equal(3, body["data"]!.AsObject().Single().Value!["items"]!.AsArray().Count);
        Assert.Equal(3, body["extensions"]!["cost"]!["requested"]!.GetValue<long>());
        Assert.Contains(listed["data"]!["trustedDocuments"]!.AsArray(), d => d!["id"]!.GetValue<string>() == DocumentId(document) && d["name"]!.GetValue<string>() == "Three SMEs");
    }

    [Fact]
    public async Task A_registered_document_runs_by_apollo_persisted_query_over_post_and_get_and_by_documentId_over_get()
    {
        var document = NewDocument();
        await RegisterAsync(factory.CreateClient(), document);
        var caller = As("dev-partner-kcc");

        var (postStatus, post) = await caller.PostAsync(new { extensions = PersistedQuery(Hash(document)) });
        var extensions = Uri.EscapeDataString($"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{Hash(document)}\"}}}}");
        var (getStatus, get) = await caller.GetAsync("extensions=" + extensions);
        var (byIdStatus, byId) = await caller.GetAsync("documentId=" + Uri.EscapeDataString(DocumentId(document)));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (postStatus, getStatus, byIdStatus));
        foreach (var body in new[] { post, get, byId })
        {
            Assert.Null(body["errors"]);
            Assert.Equal("Query", body["data"]!.AsObject().Single().Value!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_page_document_is_trusted_from_the_start_and_runs_by_its_hash()
    {
        const string PageDocument = "{ me { role scope } partners { id name } }";

        var (status, body) = await As("dev-partner-kcc").PostAsync(new { documentId = DocumentId(PageDocument) });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PARTNER_STAFF", body["data"]!["me"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_documentId_is_refused_with_NOT_FOUND_naming_it_and_an_unknown_persisted_query_as_apollo_expects()
    {
        var unknown = NewDocument();
        var caller = As("dev-partner-kcc");

        var (status, byId) = await caller.PostAsync(new { documentId = DocumentId(unknown) });
        var (_, persisted) = await caller.PostAsync(new { extensions = PersistedQuery(Hash(unknown)) });
        var (_, malformed) = await caller.PostAsync(new { documentId = "md5:1234" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("NOT_FOUND", Code(byId));
        Assert.Contains(DocumentId(unknown), Message(byId), StringComparison.Ordinal);
        Assert.Null(byId["data"]);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(persisted));
        Assert.Equal("PersistedQueryNotFound", Message(persisted));
        Assert.Equal("VALIDATION", Code(malformed));
        Assert.Contains("documentId 'md5:1234' is not sha256:", Message(malformed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_sent_with_the_hash_of_another_document_is_refused_and_nothing_runs()
    {
        var query = NewDocument();
        var other = NewDocument();
        var caller = As("dev-partner-kcc");

        var (status, byId) = await caller.PostAsync(new { query, documentId = DocumentId(other) });
        var (_, persisted) = await caller.PostAsync(new { query, extensions = PersistedQuery(Hash(other)) });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(("VALIDATION", "VALIDATION"), (Code(byId), Code(persisted)));
        Assert.Contains($"The query's SHA-256 is {DocumentId(query)}, not {DocumentId(other)}", Message(byId), StringComparison.Ordinal);
        Assert.Null(byId["data"]);
    }

    [Fact]
    public async Task An_apollo_request_with_the_query_and_its_hash_runs_but_trusts_nothing_new()
    {
        var document = NewDocument();
        var anonymous = As(null);

        var (status, withText) = await anonymous.PostAsync(new { query = document, extensions = PersistedQuery(Hash(document)) });
        var (_, hashOnly) = await anonymous.PostAsync(new { extensions = PersistedQuery(Hash(document)) });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", withText["data"]!.AsObject().Single().Value!.GetValue<string>());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(hashOnly));
    }

    [Theory]
    [InlineData("dev-partner-kcc")]
    [InlineData("dev-door-workshop")]
    [InlineData(null)]
    public async Task Only_the_secretariat_registers_documents(string? apiKey)
    {
        var document = NewDocument();
        var client = new GraphQLClient(factory.CreateClient(), apiKey);

        var (code, _, _) = await client.ErrorAsync(
            "mutation($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { id } }",
            new { input = new { name = "Not mine to trust", document } });
        var (_, afterwards) = await As("dev-partner-kcc").PostAsync(new { documentId = DocumentId(document) });

        Assert.Equal("FORBIDDEN", code);
        Assert.Equal("NOT_FOUND", Code(afterwards));
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_not_registered()
    {
        var (code, field, _) = await new GraphQLClient(factory.CreateClient()).ErrorAsync(
            "mutation($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { id } }",
            new { input = new { name = "Broken", document = "{ smes(first: " } });

        Assert.Equal(("VALIDATION", "input.document"), (code, field));
    }

    [Fact]
    public async Task A_document_that_does_not_run_against_the_schema_is_not_registered_and_one_with_variables_is()
    {
        var secretariat = new GraphQLClient(factory.CreateClient());
        const string Register = "mutation($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { id } }";
        var unknownField = NewDocument("noSuchField");
        var wrongArgument = NewDocument("smes(first: \"three\") { items { id } }");

        var (code, field, message) = await secretariat.ErrorAsync(Register, new { input = new { name = "Unknown field", document = unknownField } });
        var (argumentCode, _, argumentMessage) = await secretariat.ErrorAsync(Register, new { input = new { name = "Wrong argument", document = wrongArgument } });
        var withVariable = $"query Page{Guid.NewGuid():N}($first: Int!) {{ smes(first: $first) {{ items {{ id }} }} }}";
        var registered = await RegisterAsync(factory.CreateClient(), withVariable);
        var (_, run) = await As("dev-partner-kcc").PostAsync(new { documentId = DocumentId(withVariable), variables = new { first = 2 } });

        Assert.Equal(("VALIDATION", "input.document"), (code, field));
        Assert.Contains("noSuchField", message, StringComparison.Ordinal);
        Assert.Equal("VALIDATION", argumentCode);
        Assert.Contains("first", argumentMessage, StringComparison.Ordinal);
        Assert.Equal("NOT_FOUND", Code((await As("dev-partner-kcc").PostAsync(new { documentId = DocumentId(unknownField) })).Body));
        Assert.Equal(DocumentId(withVariable), registered["id"]!.GetValue<string>());
        Assert.Null(run["errors"]);
        Assert.Equal(2, run["data"]!["smes"]!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_revoked_document_is_refused_from_then_on_stays_listed_with_who_revoked_it_and_can_be_trusted_again()
    {
        var document = NewDocument();
        await RegisterAsync(factory.CreateClient(), document);
        var secretariat = new GraphQLClient(factory.CreateClient());
        const string Revoke = "mutation($id: ID!) { revokeTrustedDocument(id: $id) { id revokedAt revokedBy } }";

        var revoked = (await secretariat.DataAsync(Revoke, new { id = DocumentId(document) }))["revokeTrustedDocument"]!;
        var again = (await secretariat.DataAsync(Revoke, new { id = DocumentId(document) }))["revokeTrustedDocument"]!;
        var (_, refused) = await As("dev-partner-kcc").PostAsync(new { documentId = DocumentId(document) });
        var (_, listed) = await As("dev-secretariat").PostAsync(new { query = "{ trustedDocuments { id revokedAt revokedBy } }" });

        Assert.StartsWith("Programme secretariat", revoked["revokedBy"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(revoked["revokedAt"]!.GetValue<DateTimeOffset>(), again["revokedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("NOT_FOUND", Code(refused));
        var entry = Assert.Single(listed["data"]!["trustedDocuments"]!.AsArray(), d => d!["id"]!.GetValue<string>() == DocumentId(document))!;
        Assert.Equal(revoked["revokedAt"]!.GetValue<DateTimeOffset>(), entry["revokedAt"]!.GetValue<DateTimeOffset>());

        var trustedAgain = await RegisterAsync(factory.CreateClient(), document, "Trusted again");
        var (_, runs) = await As("dev-partner-kcc").PostAsync(new { documentId = DocumentId(document) });
        Assert.Null(trustedAgain["revokedAt"]?.GetValue<DateTimeOffset?>());
        Assert.Null(runs["errors"]);
    }

    [Theory]
    [InlineData("dev-partner-kcc", "sha256:0000000000000000000000000000000000000000000000000000000000000000", "FORBIDDEN")]
    [InlineData("dev-secretariat", "sha256:0000000000000000000000000000000000000000000000000000000000000000", "NOT_FOUND")]
    [InlineData("dev-secretariat", "page", "CONFLICT")]
    public async Task Revoking_is_for_the_secretariat_and_only_of_registered_documents(string apiKey, string id, string expected)
    {
        const string PageDocument = "{ me { role scope } partners { id name } }";
        var target = id == "page" ? DocumentId(PageDocument) : id;

        var (code, _, _) = await new GraphQLClient(factory.CreateClient(), apiKey).ErrorAsync(
            "mutation($id: ID!) { revokeTrustedDocument(id: $id) { id } }", new { id = target });

        Assert.Equal(expected, code);
        if (id == "page")
        {
            Assert.Null((await As("dev-partner-kcc").PostAsync(new { documentId = target })).Body["errors"]);
        }
    }
}
