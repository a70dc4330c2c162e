namespace Ise.Indicators;

/// <summary>A sealed page of a counter bucket's evidence. Sealing again (a retried seal) keeps the first rows.</summary>
public sealed class IndicatorEvidencePageGrain(
    [PersistentState("indicator-evidence-page", IseKeys.StorageName)] IPersistentState<IndicatorEvidencePageState> state) : Grain, IIndicatorEvidencePageGrain
{
    public async Task SealAsync(IReadOnlyList<IndicatorEvidence> rows)
    {
        if (state.State.Rows.Count > 0)
        {
            return;
        }

        state.State.Rows = [.. rows];
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<IndicatorEvidence>> GetAsync() => Task.FromResult<IReadOnlyList<IndicatorEvidence>>(state.State.Rows);
}
