namespace Ise.Imports;

/// <summary>Holds up to <see cref="IseKeys.ImportChunkSize"/> rows of an import for its job.</summary>
public sealed class ImportChunkGrain(
    [PersistentState("import-chunk", IseKeys.StorageName)] IPersistentState<ImportChunkState> state) : Grain, IImportChunkGrain
{
    public async Task StoreAsync(IReadOnlyList<ImportRow> rows)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows.Count, IseKeys.ImportChunkSize);
        state.State.Rows = [.. rows];
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ImportRow>> GetAsync() => Task.FromResult<IReadOnlyList<ImportRow>>(state.State.Rows);

    public async Task ClearAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        DeactivateOnIdle();
    }
}
