using Ise.Events;

namespace Ise.Gateway.Hubs;

/// <summary>An event's live figures as the dashboard shows them; breakdown keys are the programme's enum names.</summary>
public sealed record EventFigures(
    long Sequence,
    int Registered,
    int WaitListed,
    int CheckedIn,
    int Expected,
    int WalkIns,
    IReadOnlyDictionary<string, int> ByCountry,
    IReadOnlyDictionary<string, int> ByRegion,
    IReadOnlyDictionary<string, int> BySector)
{
    public static EventFigures From(EventStatistics s) => new(
        s.Sequence, s.Registered, s.WaitListed, s.CheckedIn, s.Expected, s.WalkIns,
        Keyed(s.CheckedInByCountry), Keyed(s.CheckedInByRegion), Keyed(s.CheckedInBySector));

    private static Dictionary<string, int> Keyed<TKey>(IReadOnlyDictionary<TKey, int> counts)
        where TKey : struct, Enum =>
        counts.Where(c => c.Value != 0).ToDictionary(c => c.Key.ToString(), c => c.Value);
}
