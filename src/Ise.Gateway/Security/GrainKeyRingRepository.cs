using System.Xml.Linq;
using Ise.Security;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Ise.Gateway.Security;

/// <summary>
/// Keeps the Data Protection key ring in grain state (<see cref="IDataProtectionKeyRingGrain"/>), so every
/// gateway of a cluster protects and reads sign-in cookies with the same keys. Data Protection calls it
/// rarely (loading the ring, refreshing it about daily, creating a key every 90 days) and synchronously,
/// hence the blocking waits.
/// </summary>
public sealed class GrainKeyRingRepository(IGrainFactory grains) : IXmlRepository
{
    private IDataProtectionKeyRingGrain Ring => grains.GetGrain<IDataProtectionKeyRingGrain>(IseKeys.DataProtectionKeyRing);

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. Ring.ElementsAsync().GetAwaiter().GetResult().Select(XElement.Parse)];

    public void StoreElement(XElement element, string friendlyName) =>
        Ring.StoreAsync(string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName, element.ToString(SaveOptions.DisableFormatting))
            .GetAwaiter().GetResult();
}
