namespace Ise.Grains.Tests.Journal;

/// <summary>A journaled grain of the tests only: the smallest domain that exercises the journaled base class.</summary>
public interface ITallyGrain : IGrainWithStringKey
{
    /// <summary>Adds an amount, as an event about <paramref name="about"/> when given.</summary>
    Task<TallyView> Add(int amount, string? about = null);

    Task<TallyView> Get();

    /// <summary>The journal stream the grain writes to.</summary>
    Task<string> Stream();

    Task Deactivate();
}
