using System.Globalization;
using Ise.Indexes;
using Ise.Programme;

namespace Ise.Events;

/// <summary>The lists an event appears in: by kind, region, status and month of its local start date.</summary>
public static class EventIndexes
{
    public static IReadOnlySet<IndexEntry> Of(EventState state)
    {
        if (state.Definition is not { } definition)
        {
            return new HashSet<IndexEntry>();
        }

        return new HashSet<IndexEntry>
        {
            new(IndexName.EventsByKind, ProgrammeCatalog.Describe(definition.Kind).Slug),
            new(IndexName.EventsByRegion, ProgrammeCatalog.Describe(definition.Region).Slug),
            new(IndexName.EventsByStatus, StatusSlug(state.Status)),
            new(IndexName.EventsByMonth, Month(definition.StartsAtLocal)),
        };
    }

    public static string StatusSlug(EventStatus status) => status.ToString().ToLowerInvariant();

    public static string Month(DateTime local) => local.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
