namespace Ise.Security;

/// <summary>
/// The shared Data Protection key ring: stores what the gateways' key managers give it, as given (encrypted
/// by the gateways with a key from their configuration), and swaps an element for the same key encrypted
/// again when a gateway rotates that configured key.
/// </summary>
public sealed class DataProtectionKeyRingGrain(
    [PersistentState("data-protection-key-ring", IseKeys.StorageName)] IPersistentState<DataProtectionKeyRingState> state) : Grain, IDataProtectionKeyRingGrain
{
    public Task<IReadOnlyDictionary<string, string>> ElementsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(state.State.Elements, StringComparer.Ordinal));

    public async Task StoreAsync(string friendlyName, string xml)
    {
        if (!state.State.Elements.TryAdd(friendlyName, xml))
        {
            return;
        }

        await state.WriteStateAsync();
    }

    public async Task<bool> ReplaceAsync(string friendlyName, string expectedXml, string xml)
    {
        if (!state.State.Elements.TryGetValue(friendlyName, out var stored) || !string.Equals(stored, expectedXml, StringComparison.Ordinal))
        {
            return false;
        }

        state.State.Elements[friendlyName] = xml;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory is ahead of storage: drop the activation so the next call reads the truth.
            DeactivateOnIdle();
            throw;
        }

        return true;
    }
}
