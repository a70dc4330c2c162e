namespace Ise.Security;

/// <summary>
/// The ASP.NET Core Data Protection key ring every gateway shares (key <see cref="IseKeys.DataProtectionKeyRing"/>),
/// so a sign-in cookie issued by one gateway is read by another. Called rarely: when a gateway first
/// loads the ring, when it refreshes it, and when a key is created (every 90 days). The elements arrive
/// encrypted by the gateways (<c>Ise:DataProtection</c>): the silo never holds what opens them.
/// </summary>
public interface IDataProtectionKeyRingGrain : IGrainWithStringKey
{
    /// <summary>Every stored key element, as XML text, by its friendly name.</summary>
    Task<IReadOnlyDictionary<string, string>> ElementsAsync();

    /// <summary>Stores a key element under its friendly name; the same name again replaces nothing.</summary>
    Task StoreAsync(string friendlyName, string xml);

    /// <summary>
    /// Replaces a stored element (the same key encrypted again with a newer configured key) if it is still
    /// <paramref name="expectedXml"/>; false when it is not, or not stored: another gateway got there first.
    /// </summary>
    Task<bool> ReplaceAsync(string friendlyName, string expectedXml, string xml);
}
