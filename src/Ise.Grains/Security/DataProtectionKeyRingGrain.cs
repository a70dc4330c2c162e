namespace Ise.Security;

/// <summary>The shared Data Protection key ring: stores what the gateways' key managers give it, as given.</summary>
public sealed class DataProtectionKeyRingGrain(
    [PersistentState("data-protection-key-ring", IseKeys.StorageName)] IPersistentState<DataProtectionKeyRingState> state) : Grain, IDataProtectionKeyRingGrain
{
    public Task<IReadOnlyList<string>> ElementsAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Elements.Values]);

    public async Task StoreAsync(string friendlyName, string xml)
    {
        if (!state.State.Elements.TryAdd(friendlyName, xml))
        {
            return;
        }

        await state.WriteStateAsync();
    }
}
