using System.Xml.Linq;
using Ise.Gateway.Security;
using Ise.Gateway.Security.KeyRing;
using Ise.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ise.Gateway.Tests.Security.KeyRing;

/// <summary>
/// The Data Protection key ring as stored (grain state, a row in PostgreSQL in cluster mode) holds no key
/// in the clear; rotating the configured key keeps cookies valid; a key that is no longer configured is
/// reported by name.
/// </summary>
public sealed class KeyRingAtRestTests(KeyRingGatewayFactory factory) : IClassFixture<KeyRingGatewayFactory>
{
    private static readonly DevelopmentPerson s_person = DevelopmentPeople.All.Single(p => p.Role == IseRole.PartnerStaff && p.Scope == "aditec");

    private IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task The_stored_key_ring_holds_no_key_in_the_clear()
    {
        await SignInAsync();

        var stored = await StoredAsync();

        Assert.NotEmpty(stored);
        foreach (var xml in stored.Values)
        {
            AssertSealed(xml, TestKeyRingKeys.Configured(TestKeyRingKeys.Old));
        }
    }

    [Fact]
    public async Task A_key_stored_in_the_clear_before_is_encrypted_when_the_ring_is_read_and_still_opens_what_it_protected()
    {
        var (name, element, protection) = KeyRingHarness.PlaintextKey();
        var payload = protection.CreateProtector("key-ring-test").Protect("still readable");
        await Ring.StoreAsync(name, element.ToString(SaveOptions.DisableFormatting));
        Assert.Contains("masterKey", (await StoredAsync())[name], StringComparison.Ordinal);

        factory.Services.GetRequiredService<GrainKeyRingRepository>().GetAllElements();

        var oldKeys = TestKeyRingKeys.Configured(TestKeyRingKeys.Old);
        AssertSealed((await StoredAsync())[name], oldKeys);
        using var gateway = new KeyRingHarness(Grains, oldKeys);
        var protector = gateway.ProtectionProvider.CreateProtector("key-ring-test");
        Assert.Equal("still readable", protector.Unprotect(payload));
    }

    [Fact]
    public async Task Rotation_keeps_cookies_valid_and_a_key_no_longer_configured_is_reported_by_name()
    {
        var cookie = await SignInAsync();

        // Step 2 of a rotation: the new key encrypts, the old one still decrypts. Reading the ring seals every element again.
        using var rotated = new KeyRingHarness(Grains, TestKeyRingKeys.Configured(TestKeyRingKeys.Old, TestKeyRingKeys.New));
        Assert.Equal(s_person.Email, rotated.PersonIn(cookie));
        Assert.All((await StoredAsync()).Values, xml => Assert.Equal([TestKeyRingKeys.New.Id], KeyRingKeys.SealedWith(XElement.Parse(xml))));

        // Step 3: the old key dropped. The cookie issued under it is still read.
        using var newOnly = new KeyRingHarness(Grains, TestKeyRingKeys.Configured(TestKeyRingKeys.New));
        Assert.Equal(s_person.Email, newOnly.PersonIn(cookie));
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

    private IDataProtectionKeyRingGrain Ring => Grains.GetGrain<IDataProtectionKeyRingGrain>(IseKeys.DataProtectionKeyRing);

    private async Task<IReadOnlyDictionary<string, string>> StoredAsync() => await Ring.ElementsAsync();

    /// <summary>Signs the person in through the gateway and returns the cookie's value.</summary>
    private async Task<string> SignInAsync()
    {
        using var session = await PersonSession.SignedInAsync(factory.CreateClient().BaseAddress!, s_person.Email, s_person.Password);
        return session.SessionCookie!.Value;
    }

    /// <summary>No secret in the clear: every master key sealed, and its value (opened with the keys) nowhere in the stored text.</summary>
    private static void AssertSealed(string xml, KeyRingKeys keys)
    {
        var element = XElement.Parse(xml);
        Assert.DoesNotContain("masterKey", xml, StringComparison.Ordinal);
        Assert.DoesNotContain(element.Descendants(), e => e.Attributes().Any(a => a.Name.LocalName == "requiresEncryption"));
        var sealedSecrets = element.Descendants(KeyRingKeys.SealedElement).ToList();
        Assert.NotEmpty(sealedSecrets);
        foreach (var secret in sealedSecrets.Select(keys.Open))
        {
            var value = secret.Element("value")!.Value;
            Assert.True(value.Length >= 40, "a master key is opened from the sealed secret");
            Assert.DoesNotContain(value, xml, StringComparison.Ordinal);
        }
    }
}
