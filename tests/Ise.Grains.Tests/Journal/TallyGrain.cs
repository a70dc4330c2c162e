using Ise.Journal;

namespace Ise.Grains.Tests.Journal;

/// <summary>Decides, raises, confirms: a journaled grain with nothing else in it.</summary>
public sealed class TallyGrain(TimeProvider clock) : JournaledIseGrain<TallyState, ITallyEvent>, ITallyGrain
{
    public async Task<TallyView> Add(int amount, string? about = null)
    {
        await RaiseAndConfirmAsync(new TallyAdded(Guid.NewGuid(), clock.GetUtcNow(), amount, about));
        return View();
    }

    public Task<TallyView> Get() => Task.FromResult(View());

    public Task<string> Stream() => Task.FromResult(StreamName);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private TallyView View() => new(State.Total, State.Additions, Version);
}
