using System.Xml.Linq;
using Ise.Gateway.Security;
using Ise.Gateway.Security.KeyRing;
using Ise.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ise.Gateway.Tests.Security.KeyRing;

/// <summary>The Data Protection key ring as stored (grain state, a row in PostgreSQL in cluster mode) holds no key in the clear.</summary>
public sealed class KeyRingAtRestTests(KeyRingGatewayFactory factory) : IClassFixture<KeyRingGatewayFactory>
{
    internal static readonly DevelopmentPerson Person = DevelopmentPeople.All.Single(p => p.Role == IseRole.PartnerStaff && p.Scope == "aditec");

    private IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task The_stored_key_ring_holds_no_key_in_the_clear()
    {
        await SignInAsync(factory);

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

    private IDataProtectionKeyRingGrain Ring => Grains.GetGrain<IDataProtectionKeyRingGrain>(IseKeys.DataProtectionKeyRing);

    private async Task<IReadOnlyDictionary<string, string>> StoredAsync() => await Ring.ElementsAsync();

    /// <summary>Signs the person in through the gateway and returns the cookie's value.</summary>
    internal static async Task<string> SignInAsync(KeyRingGatewayFactory factory)
    {
        using var session = await PersonSession.SignedInAsync(factory.CreateClient().BaseAddress!, Person.Email, Person.Password);
        return session.SessionCookie!.Value;
    }

    /// <summary>No secret in the clear: every master key sealed, and its value (opened with the keys) nowhere in the stored text.</summary>
    internal static void AssertSealed(string xml, KeyRingKeys keys)
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
