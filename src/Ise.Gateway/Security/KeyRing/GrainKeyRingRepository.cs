using System.Xml.Linq;
using Ise.Security;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Ise.Gateway.Security.KeyRing;

/// <summary>
/// Keeps the Data Protection key ring in grain state (<see cref="IDataProtectionKeyRingGrain"/>), so every
/// gateway of a cluster protects and reads sign-in cookies with the same keys. Data Protection calls it
/// rarely (loading the ring, refreshing it about daily, creating a key every 90 days) and synchronously,
/// hence the blocking waits. Reading the ring also brings it up to date at rest: a secret still stored
/// in the clear (written before the ring was encrypted) or sealed with an older configured key is sealed
/// again with the current one and stored in place, so an old key can be dropped once every gateway has it
/// as a second key and one has read the ring (README, Security, Key ring). An element sealed with a key
/// this gateway lacks is logged and left as it is.
/// </summary>
public sealed partial class GrainKeyRingRepository(IGrainFactory grains, KeyRingKeys keys, ILogger<GrainKeyRingRepository> logger) : IXmlRepository
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = DataProtection + "requiresEncryption";
    private static readonly XName EncryptedSecret = DataProtection + "encryptedSecret";

    private IDataProtectionKeyRingGrain Ring => grains.GetGrain<IDataProtectionKeyRingGrain>(IseKeys.DataProtectionKeyRing);

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. Ring.ElementsAsync().GetAwaiter().GetResult().Select(stored => UpToDate(stored.Key, stored.Value))];

    public void StoreElement(XElement element, string friendlyName) =>
        Ring.StoreAsync(string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName, element.ToString(SaveOptions.DisableFormatting))
            .GetAwaiter().GetResult();

    private XElement UpToDate(string name, string xml)
    {
        var element = XElement.Parse(xml);
        foreach (var missing in KeyRingKeys.SealedWith(element).Where(id => !keys.Has(id)))
        {
            LogSealedWithMissingKey(logger, name, missing, string.Join(", ", keys.Ids));
        }

        var changed = false;
        foreach (var plaintext in element.Descendants().Where(e => (bool?)e.Attribute(RequiresEncryption) == true).ToList())
        {
            plaintext.ReplaceWith(new XElement(
                EncryptedSecret,
                new XAttribute("decryptorType", typeof(KeyRingXmlDecryptor).AssemblyQualifiedName!),
                keys.Seal(plaintext)));
            changed = true;
        }

        foreach (var sealedSecret in element.Descendants(KeyRingKeys.SealedElement).ToList())
        {
            var id = (string?)sealedSecret.Attribute("keyId");
            if (id is not null && id != keys.Current && keys.Has(id))
            {
                sealedSecret.ReplaceWith(keys.Seal(keys.Open(sealedSecret)));
                changed = true;
            }
        }

        if (changed)
        {
            var updated = element.ToString(SaveOptions.DisableFormatting);
            if (Ring.ReplaceAsync(name, xml, updated).GetAwaiter().GetResult())
            {
                LogSealedAgain(logger, name, keys.Current);
            }
        }

        return element;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data Protection key ring element {Name} is encrypted with Ise:DataProtection key '{KeyId}', which this gateway does not have (configured: {Configured}); sessions protected with it are not read here. Configure that key again (README, Security, Key ring).")]
    private static partial void LogSealedWithMissingKey(ILogger logger, string name, string keyId, string configured);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data Protection key ring element {Name} encrypted again with Ise:DataProtection key '{KeyId}'.")]
    private static partial void LogSealedAgain(ILogger logger, string name, string keyId);
}
