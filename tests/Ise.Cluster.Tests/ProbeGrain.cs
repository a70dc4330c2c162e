namespace Ise.Cluster.Tests;

public sealed class ProbeGrain([PersistentState("probe", IseKeys.StorageName)] IPersistentState<ProbeState> state) : Grain, IProbeGrain
{
    public async Task SetAsync(string value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task<string?> GetAsync() => Task.FromResult(state.State.Value);
}
