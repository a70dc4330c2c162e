using Ise.Testing;
using Orleans.Core.Internal;

namespace Ise.Grains.Tests.Support;

/// <summary>Ends a grain's activation and waits until it is gone, so the next call reads what was stored.</summary>
public static class Activations
{
    public static async Task DeactivateAsync(this IGrainFactory grains, IAddressable grain, string what)
    {
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Eventually.TrueAsync(async () => !(await grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics()).Any(g => g.GrainId == grain.GetGrainId()),
            TimeSpan.FromSeconds(10), $"{what} deactivated");
    }
}
