using Ise.Clusters;
using Ise.Errors;
using Ise.Events;
using Ise.Gateway.Hubs;
using Ise.Smes;
using Microsoft.Extensions.Caching.Memory;

namespace Ise.Gateway.Live;

/// <summary>
/// The names the live pages show next to ids (firms' names, events' titles), read from their grains
/// once and kept a while in a bounded cache: company data, never personal data.
/// </summary>
public sealed class DisplayNames(IGrainFactory grains) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    private static readonly MemoryCacheEntryOptions s_entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) };

    public async Task<SmeProfile?> SmeAsync(string smeId) =>
        await _cache.GetOrCreateAsync("sme:" + smeId, async _ =>
        {
            try
            {
                return (await grains.GetGrain<ISmeGrain>(smeId).GetAsync()).Profile;
            }
            catch (IseException e) when (e.Code == IseErrorCode.NotFound)
            {
                return null;
            }
        }, s_entry);

    public async Task<string?> EventTitleAsync(string eventId) =>
        await _cache.GetOrCreateAsync("event:" + eventId, async _ =>
        {
            try
            {
                return (await grains.GetGrain<IEventGrain>(eventId).GetAsync()).Definition.Title;
            }
            catch (IseException e) when (e.Code == IseErrorCode.NotFound)
            {
                return null;
            }
        }, s_entry);

    public async Task<BoardArrival> ArrivalAsync(long sequence, ArrivalChangeKind kind, Arrival arrival)
    {
        var sme = await SmeAsync(arrival.SmeId);
        return new BoardArrival(sequence, kind.ToString(), arrival.Code, arrival.SmeId, sme?.Name ?? arrival.SmeId, sme?.Country.ToString(), arrival.LocalTime, arrival.At);
    }

    public async Task<IReadOnlyList<ClusterFeedEntry>> FeedAsync(IEnumerable<ClusterFeedItem> items)
    {
        var entries = new List<ClusterFeedEntry>();
        foreach (var item in items)
        {
            var sme = item.SmeId is null ? null : await SmeAsync(item.SmeId);
            var title = item.EventId is null ? null : await EventTitleAsync(item.EventId);
            entries.Add(new ClusterFeedEntry(item.Sequence, item.Kind.ToString(), item.At, item.SmeId, sme?.Name, sme?.Country.ToString(),
                item.EventId, title, item.Text, item.Attendance));
        }

        return entries;
    }

    public void Dispose() => _cache.Dispose();
}
