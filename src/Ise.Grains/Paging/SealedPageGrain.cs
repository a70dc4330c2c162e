namespace Ise.Paging;

/// <summary>
/// A page of a growing list (a feed, evidence, an audit) sealed once by the grain that filled it and
/// read ever after. Sealing again (a retried seal) keeps the first rows, so a page never changes.
/// A page leaves memory once sealed: the grain that filled it never reads it, and a reader activates
/// it again (a soak of check-ins undone and redone sealed thousands of evidence pages, each kept in
/// memory for Orleans' collection age).
/// </summary>
public abstract class SealedPageGrain<TItem, TState>(IPersistentState<TState> state) : Grain
    where TState : ISealedPageState<TItem>
{
    public async Task SealAsync(IReadOnlyList<TItem> items)
    {
        DeactivateOnIdle();
        if (state.State.Sealed.Count > 0)
        {
            return;
        }

        state.State.Sealed = [.. items];
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<TItem>> GetAsync() => Task.FromResult<IReadOnlyList<TItem>>(state.State.Sealed);
}
