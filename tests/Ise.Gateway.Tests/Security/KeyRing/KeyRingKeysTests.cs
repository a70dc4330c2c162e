using System.Security.Cryptography;
using System.Xml.Linq;
using Ise.Gateway.Security.KeyRing;
using Ise.Hosting;

namespace Ise.Gateway.Tests.Security.KeyRing;

/// <summary>The configured key ring keys: what they accept, and how a missing or wrong one is told.</summary>
public sealed class KeyRingKeysTests
{
    private static readonly XElement s_secret = new("masterKey", new XElement("value", "c2VjcmV0IG1hc3RlciBrZXkgYnl0ZXMgaW4gdGhlIGNsZWFy"));

    [Fact]
    public void Cluster_mode_without_a_key_refuses_to_start_and_says_what_to_configure()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => KeyRingKeys.From(new KeyRingProtectionOptions(), IseMode.Cluster));

        Assert.Contains("Ise:DataProtection:Keys is empty", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Ise:DataProtection:Keys:0:Key", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_mode_without_a_key_makes_one_for_the_process()
    {
        var keys = KeyRingKeys.From(new KeyRingProtectionOptions(), IseMode.Embedded);

        Assert.True(keys.Generated);
        Assert.Equal(KeyRingKeys.GeneratedId, keys.Current);
        Assert.Equal(s_secret.ToString(), keys.Open(keys.Seal(s_secret)).ToString());
    }

    [Fact]
    public void The_last_listed_key_encrypts_unless_EncryptWith_names_another()
    {
        var both = new KeyRingProtectionOptions { Keys = [TestKeyRingKeys.Old, TestKeyRingKeys.New] };
        Assert.Equal(TestKeyRingKeys.New.Id, KeyRingKeys.From(both, IseMode.Cluster).Current);

        both.EncryptWith = TestKeyRingKeys.Old.Id;
        Assert.Equal(TestKeyRingKeys.Old.Id, KeyRingKeys.From(both, IseMode.Cluster).Current);

        both.EncryptWith = "missing";
        var refused = Assert.Throws<InvalidOperationException>(() => KeyRingKeys.From(both, IseMode.Cluster));
        Assert.Contains("EncryptWith names 'missing'", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "c2hvcnQ=", ":Id must be")]
    [InlineData("a key", "c2hvcnQ=", ":Id must be")]
    [InlineData("2025-01", "c2hvcnQ=", ":Key must be 32 random bytes")]
    [InlineData("2025-01", "not base64!", ":Key must be 32 random bytes")]
    public void A_malformed_key_is_refused_naming_its_setting(string id, string key, string expected)
    {
        var options = new KeyRingProtectionOptions { Keys = [new KeyRingProtectionKey { Id = id, Key = key }] };

        var refused = Assert.Throws<InvalidOperationException>(() => KeyRingKeys.From(options, IseMode.Cluster));

        Assert.Contains("Ise:DataProtection:Keys:0" + expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sealed_secret_holds_no_plaintext_and_any_configured_key_opens_what_it_sealed()
    {
        var sealedByOld = TestKeyRingKeys.Configured(TestKeyRingKeys.Old).Seal(s_secret);

        Assert.DoesNotContain("masterKey", sealedByOld.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(s_secret.Element("value")!.Value, sealedByOld.ToString(), StringComparison.Ordinal);
        Assert.Equal(s_secret.ToString(), TestKeyRingKeys.Configured(TestKeyRingKeys.Old, TestKeyRingKeys.New).Open(sealedByOld).ToString());
    }

    [Fact]
    public void A_secret_sealed_with_a_key_no_longer_configured_names_that_key()
    {
        var sealedByOld = TestKeyRingKeys.Configured(TestKeyRingKeys.Old).Seal(s_secret);

        var refused = Assert.Throws<CryptographicException>(() => TestKeyRingKeys.Configured(TestKeyRingKeys.New).Open(sealedByOld));

        Assert.Contains($"Ise:DataProtection key '{TestKeyRingKeys.Old.Id}', which this gateway does not have (configured: {TestKeyRingKeys.New.Id})", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sealed_secret_whose_key_id_was_altered_does_not_open()
    {
        var keys = TestKeyRingKeys.Configured(TestKeyRingKeys.Old, TestKeyRingKeys.New);
        var sealedByNew = keys.Seal(s_secret);
        sealedByNew.SetAttributeValue("keyId", TestKeyRingKeys.Old.Id);

        var refused = Assert.Throws<CryptographicException>(() => keys.Open(sealedByNew));

        Assert.Contains($"the gateways' keys named '{TestKeyRingKeys.Old.Id}' differ, or the stored element was altered", refused.Message, StringComparison.Ordinal);
    }
}
