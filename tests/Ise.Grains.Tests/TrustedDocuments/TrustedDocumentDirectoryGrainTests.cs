using System.Security.Cryptography;
using System.Text;
using Ise.Errors;
using Ise.TrustedDocuments;
using Orleans.Core.Internal;

namespace Ise.Grains.Tests.TrustedDocuments;

[Collection(ClusterCollection.Name)]
public sealed class TrustedDocumentDirectoryGrainTests(ClusterFixture fixture)
{
    private const string Actor = "Secretariat test [Secretariat]";
    private const string Document = "query($id: ID!) { sme(id: $id) { id name } }";

    /// <summary>Each test has a directory of its own.</summary>
    private ITrustedDocumentDirectoryGrain NewDirectory() => fixture.Client.GetGrain<ITrustedDocumentDirectoryGrain>("test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_registration_is_kept_under_the_sha256_of_the_text_with_who_and_when_and_survives_deactivation()
    {
        var directory = NewDirectory();
        var registered = await directory.RegisterAsync(new RegisterTrustedDocument(" SME by id ", "The SME page", Document, Actor));
        var first = await directory.GetSnapshotAsync(0);

        await directory.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var listed = Assert.Single(await directory.ListAsync());

        var expectedId = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Document)));
        Assert.Equal(expectedId, registered.Id);
        Assert.Equal(registered, listed);
        Assert.Equal(("SME by id", "The SME page", Document, Actor), (listed.Name, listed.Description, listed.Document, listed.RegisteredBy));
        Assert.True(DateTimeOffset.UtcNow - listed.RegisteredAt < TimeSpan.FromMinutes(1));
        Assert.Equal(registered, Assert.Single(first!.Documents));
        Assert.Null(await directory.GetSnapshotAsync(first.Version));
    }

    [Fact]
    public async Task Registering_the_same_text_again_returns_the_first_registration_and_changes_nothing()
    {
        var directory = NewDirectory();
        var first = await directory.RegisterAsync(new RegisterTrustedDocument("First", null, Document, Actor));
        var version = (await directory.GetSnapshotAsync(0))!.Version;

        var again = await directory.RegisterAsync(new RegisterTrustedDocument("Second", "other", Document, "Someone else [Secretariat]"));

        Assert.Equal(first, again);
        Assert.Null(await directory.GetSnapshotAsync(version));
    }

    [Theory]
    [InlineData("", Document, "input.name")]
    [InlineData("Named", " ", "input.document")]
    public async Task A_blank_name_or_document_is_refused_naming_the_field_and_nothing_is_kept(string name, string document, string field)
    {
        var directory = NewDirectory();

        var refused = await Assert.ThrowsAsync<IseException>(() => directory.RegisterAsync(new RegisterTrustedDocument(name, null, document, Actor)));

        Assert.Equal((IseErrorCode.Validation, field), (refused.Code, refused.Field));
        Assert.Empty(await directory.ListAsync());
    }
}
