using System.Xml.Linq;
using Ise.Gateway.Security.KeyRing;
using Ise.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ise.Gateway.Tests.Security.KeyRing;

/// <summary>
/// Rotating the configured key ring key keeps cookies valid; a key that is not (or differently) configured is
/// reported by name. Its own gateway: the stand-ins with strange keys add keys of their own to the ring.
/// </summary>
public sealed class KeyRingRotationTests(KeyRingGatewayFactory factory) : IClassFixture<KeyRingGatewayFactory>
{
    private IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    private IDataProtectionKeyRingGrain Ring => Grains.GetGrain<IDataProtectionKeyRingGrain>(IseKeys.DataProtectionKeyRing);

    [Fact]
    public async Task Rotation_keeps_cookies_valid_and_a_key_no_longer_configured_is_reported_by_name()
    {
        var cookie = await KeyRingAtRestTests.SignInAsync(factory);

        // Step 2 of a rotation: the new key encrypts, the old one still decrypts. Reading the ring seals every element again.
        using var rotated = new KeyRingHarness(Grains, TestKeyRingKeys.Configured(TestKeyRingKeys.Old, TestKeyRingKeys.New));
        Assert.Equal(KeyRingAtRestTests.Person.Email, rotated.PersonIn(cookie));
        Assert.All((await Ring.ElementsAsync()).Values, xml => Assert.Equal([TestKeyRingKeys.New.Id], KeyRingKeys.SealedWith(XElement.Parse(xml))));

        // Step 3: the old key dropped. The cookie issued under it is still read.
        using var newOnly = new KeyRingHarness(Grains, TestKeyRingKeys.Configured(TestKeyRingKeys.New));
        Assert.Equal(KeyRingAtRestTests.Person.Email, newOnly.PersonIn(cookie));
        Assert.Equal(HealthStatus.Healthy, (await newOnly.CheckAsync()).Status);

        // A gateway without the key the ring is sealed with: the cookie is not read, and readiness names the missing key.
        using var stranger = new KeyRingHarness(Grains, TestKeyRingKeys.Configured(TestKeyRingKeys.Make("other")));
        Assert.Null(stranger.PersonIn(cookie));
        var health = await stranger.CheckAsync();
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains($"Ise:DataProtection key '{TestKeyRingKeys.New.Id}', which this gateway does not have", health.Description, StringComparison.Ordinal);

        // The same id with other bytes on another gateway: told apart from a missing key.
        using var mismatched = new KeyRingHarness(Grains, TestKeyRingKeys.Configured(TestKeyRingKeys.Make(TestKeyRingKeys.New.Id, seed: "different bytes")));
        var mismatch = await mismatched.CheckAsync();
        Assert.Equal(HealthStatus.Degraded, mismatch.Status);
        Assert.Contains($"the gateways' keys named '{TestKeyRingKeys.New.Id}' differ", mismatch.Description, StringComparison.Ordinal);
    }
}
