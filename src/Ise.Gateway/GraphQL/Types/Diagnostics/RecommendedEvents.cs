using GraphQL;
using Ise.Events;
using Ise.Gateway.GraphQL.Connections;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Indexes;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>
/// The programme's upcoming events a recommendation points to, from the index of open events (never
/// a scan): of the recommended kind, starting later, of the SME's sector for a sector workshop, and
/// in another country than the SME's for a cross-border event.
/// </summary>
public static class RecommendedEvents
{
    public const int Max = 3;

    public static async Task<IReadOnlyList<EventView>> UpcomingAsync(IResolveFieldContext context, ActivityKind kind, SmeProfile sme)
    {
        if (!ProgrammeCatalog.IsEventKind(kind))
        {
            return [];
        }

        var services = context.RequestServices!;
        var loader = services.GetRequiredService<EventByIdDataLoader>();
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var open = new IndexEntry(IndexName.EventsByStatus, EventIndexes.StatusSlug(EventStatus.Open));
        var (page, _) = await new IndexPager(services.GetRequiredService<IGrainFactory>()).PageAsync([open], Max, null,
            async id => await loader.LoadAsync(id) is { } view && Fits(view, kind, sme, now));
        var events = new List<EventView>();
        foreach (var (id, _) in page)
        {
            events.Add((await loader.LoadAsync(id))!);
        }

        return [.. events.OrderBy(e => e.StartsAt)];
    }

    private static bool Fits(EventView view, ActivityKind kind, SmeProfile sme, DateTimeOffset now) =>
        view.Status == EventStatus.Open && view.Definition.Kind == kind && view.StartsAt > now && kind switch
        {
            ActivityKind.SectorWorkshop => view.Definition.Sectors.Contains(sme.Sector),
            ActivityKind.CrossBorderEvent => view.Region.Country != sme.Country,
            _ => true,
        };
}
