namespace Ise.Security;

/// <summary>
/// The ASP.NET Core Data Protection key ring every gateway shares (key <see cref="IseKeys.DataProtectionKeyRing"/>),
/// so a sign-in cookie issued by one gateway is read by another. Called rarely: when a gateway first
/// loads the ring, when it refreshes it, and when a key is created (every 90 days).
/// </summary>
public interface IDataProtectionKeyRingGrain : IGrainWithStringKey
{
    /// <summary>Every stored key element, as XML text.</summary>
    Task<IReadOnlyList<string>> ElementsAsync();

    /// <summary>Stores a key element under its friendly name; the same name again replaces nothing.</summary>
    Task StoreAsync(string friendlyName, string xml);
}
