namespace Ise.Paging;

/// <summary>
/// A page of a growing list (a feed, evidence, an audit) sealed once by the grain that filled it and
/// read ever after. Sealing again (a retried seal) keeps the first rows, so a page never changes.
/// </summary>
public abstract class SealedPageGrain<TItem, TState>(IPersistentState<TState> state) : Grain
    where TState : ISealedPageState<TItem>
{
    public async Task SealAsync(IReadOnlyList<TItem> items)
    {
        if (state.State.Sealed.Count > 0)
        {
            return;
        }

        state.State.Sealed = [.. items];
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<TItem>> GetAsync() => Task.FromResult<IReadOnlyList<TItem>>(state.State.Sealed);
}
