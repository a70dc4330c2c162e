using System.Security.Cryptography;
using System.Text;
using Ise.Errors;
using Ise.Security;
using Orleans.Core.Internal;

namespace Ise.Grains.Tests.Security;

[Collection(ClusterCollection.Name)]
public sealed class ApiKeyDirectoryGrainTests(ClusterFixture fixture)
{
    private const string Actor = "Secretariat test [Secretariat]";

    /// <summary>Each test has a directory of its own.</summary>
    private IApiKeyDirectoryGrain NewDirectory() => fixture.Client.GetGrain<IApiKeyDirectoryGrain>("test-" + Guid.NewGuid().ToString("N"));

    private static CreateApiKey NewKey(string name = "ADITEC CRM", IseRole role = IseRole.PartnerStaff, string? scope = "aditec") =>
        new(ApiKeyIds.New(), Hash(Guid.NewGuid().ToString()), name, role, scope, Actor);

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    [Fact]
    public async Task Keys_survive_deactivation_and_snapshots_carry_hashes_only_when_the_version_moved()
    {
        var directory = NewDirectory();
        var request = NewKey();
        var created = await directory.CreateAsync(request);
        var first = await directory.GetSnapshotAsync(0);

        await directory.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var listed = Assert.Single(await directory.ListAsync());
        var again = await directory.GetSnapshotAsync(0);

        Assert.Equal(created, listed);
        Assert.Equal(("ADITEC CRM", IseRole.PartnerStaff, "aditec", Actor), (listed.Name, listed.Role, listed.Scope, listed.CreatedBy));
        Assert.NotNull(first);
        Assert.Equal(request.KeyHash, Assert.Single(first.Credentials).KeyHash);
        Assert.Equal(first.Version, again!.Version);
        Assert.Null(await directory.GetSnapshotAsync(first.Version));
    }

    [Fact]
    public async Task Rotation_with_grace_keeps_both_keys_until_the_grace_ends()
    {
        var directory = NewDirectory();
        var old = await directory.CreateAsync(NewKey());
        var rotation = new RotateApiKey(old.Id, ApiKeyIds.New(), Hash("successor"), TimeSpan.FromHours(1), Actor);

        var successor = await directory.RotateAsync(rotation);
        var snapshot = await directory.GetSnapshotAsync(0);
        var keys = await directory.ListAsync();

        Assert.Equal((old.Id, old.Name, old.Role, old.Scope), (successor.RotatedFromId, successor.Name, successor.Role, successor.Scope));
        Assert.Equal(new[] { old.Id, successor.Id }.Order(StringComparer.Ordinal), snapshot!.Credentials.Select(c => c.Key.Id).Order(StringComparer.Ordinal));
        var rotated = keys.Single(k => k.Id == old.Id);
        Assert.Equal(successor.Id, rotated.RotatedToId);
        Assert.Equal(ApiKeyStatus.Expiring, rotated.StatusAt(DateTimeOffset.UtcNow));
        Assert.Equal(ApiKeyStatus.Expired, rotated.StatusAt(rotated.ExpiresAt!.Value));
    }

    [Fact]
    public async Task Rotation_without_grace_ends_the_old_key_at_once_and_it_cannot_be_rotated_again()
    {
        var directory = NewDirectory();
        var old = await directory.CreateAsync(NewKey());

        var successor = await directory.RotateAsync(new RotateApiKey(old.Id, ApiKeyIds.New(), Hash("next"), TimeSpan.Zero, Actor));
        var snapshot = await directory.GetSnapshotAsync(0);
        var refused = await Assert.ThrowsAsync<IseException>(() => directory.RotateAsync(new RotateApiKey(old.Id, ApiKeyIds.New(), Hash("third"), TimeSpan.Zero, Actor)));

        Assert.Equal(successor.Id, Assert.Single(snapshot!.Credentials).Key.Id);
        Assert.Equal(IseErrorCode.Conflict, refused.Code);
        Assert.Contains(successor.Id, refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await directory.ListAsync()).Count);
    }

    [Fact]
    public async Task Revoking_ends_a_key_and_revoking_again_changes_nothing()
    {
        var directory = NewDirectory();
        var key = await directory.CreateAsync(NewKey(role: IseRole.Secretariat, scope: null));

        var revoked = await directory.RevokeAsync(key.Id, Actor);
        var version = (await directory.GetSnapshotAsync(0))!;
        var again = await directory.RevokeAsync(key.Id, "Someone else [Secretariat]");

        Assert.Equal(ApiKeyStatus.Revoked, revoked.StatusAt(DateTimeOffset.UtcNow));
        Assert.Equal(revoked, again);
        Assert.Empty(version.Credentials);
        Assert.Null(await directory.GetSnapshotAsync(version.Version));
        var refused = await Assert.ThrowsAsync<IseException>(() => directory.RotateAsync(new RotateApiKey(key.Id, ApiKeyIds.New(), Hash("x"), TimeSpan.Zero, Actor)));
        Assert.Equal(IseErrorCode.Conflict, refused.Code);
    }

    public static TheoryData<string, IseRole, string?, string> BadKeys => new()
    {
        { "", IseRole.PartnerStaff, "aditec", "input.name" },
        { "   ", IseRole.PartnerStaff, "aditec", "input.name" },
        { new string('x', ApiKeyRules.MaxNameLength + 1), IseRole.PartnerStaff, "aditec", "input.name" },
        { "Tab\there", IseRole.PartnerStaff, "aditec", "input.name" },
        { "Secretariat with scope", IseRole.Secretariat, "aditec", "input.scope" },
        { "Unknown partner", IseRole.PartnerStaff, "not-a-partner", "input.scope" },
        { "Organiser without partner", IseRole.EventOrganiser, null, "input.scope" },
        { "Door staff of a partner", IseRole.DoorStaff, "aditec", "input.scope" },
        { "Member of no SME", IseRole.ClusterMember, "aditec", "input.scope" },
        { "Unknown role", (IseRole)42, null, "input.scope" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task A_bad_key_is_refused_naming_the_field_and_changes_nothing(string name, IseRole role, string? scope, string field)
    {
        var directory = NewDirectory();

        var refused = await Assert.ThrowsAsync<IseException>(() => directory.CreateAsync(NewKey(name, role, scope)));

        Assert.Equal((IseErrorCode.Validation, field), (refused.Code, refused.Field));
        Assert.Empty(await directory.ListAsync());
        Assert.Null(await directory.GetSnapshotAsync(0));
    }

    [Fact]
    public async Task Unknown_ids_and_too_long_graces_are_refused_and_change_nothing()
    {
        var directory = NewDirectory();
        var key = await directory.CreateAsync(NewKey());
        var version = (await directory.GetSnapshotAsync(0))!.Version;

        var unknown = await Assert.ThrowsAsync<IseException>(() => directory.RevokeAsync("abcdefghjkmn", Actor));
        var tooLong = await Assert.ThrowsAsync<IseException>(() => directory.RotateAsync(new RotateApiKey(key.Id, ApiKeyIds.New(), Hash("y"), ApiKeyRules.MaxGrace + TimeSpan.FromMinutes(1), Actor)));
        var negative = await Assert.ThrowsAsync<IseException>(() => directory.RotateAsync(new RotateApiKey(key.Id, ApiKeyIds.New(), Hash("z"), TimeSpan.FromMinutes(-1), Actor)));
        var duplicate = await Assert.ThrowsAsync<IseException>(() => directory.CreateAsync(NewKey() with { KeyId = key.Id }));

        Assert.Equal((IseErrorCode.NotFound, "id"), (unknown.Code, unknown.Field));
        Assert.Equal((IseErrorCode.Validation, "graceMinutes"), (tooLong.Code, tooLong.Field));
        Assert.Equal((IseErrorCode.Validation, "graceMinutes"), (negative.Code, negative.Field));
        Assert.Equal(IseErrorCode.Conflict, duplicate.Code);
        Assert.Null(await directory.GetSnapshotAsync(version));
        Assert.Equal(ApiKeyStatus.Active, Assert.Single(await directory.ListAsync()).StatusAt(DateTimeOffset.UtcNow));
    }
}
