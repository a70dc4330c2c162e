using System.Globalization;
using Ise.Indexes;
using Ise.Programme;

namespace Ise.Events;

/// <summary>The lists an event appears in: by kind, region, status, month of its local start date and host partner.</summary>
public static class EventIndexes
{
    public static IReadOnlySet<IndexEntry> Of(CreateEvent? definition, EventStatus status)
    {
        if (definition is null)
        {
            return new HashSet<IndexEntry>();
        }

        return new HashSet<IndexEntry>
        {
            new(IndexName.EventsByKind, ProgrammeCatalog.Describe(definition.Kind).Slug),
            new(IndexName.EventsByRegion, ProgrammeCatalog.Describe(definition.Region).Slug),
            new(IndexName.EventsByStatus, StatusSlug(status)),
            new(IndexName.EventsByMonth, Month(definition.StartsAtLocal)),
            HostPartner(definition),
        };
    }

    /// <summary>The list of the events a partner hosts (kept since the journal: events stored whole before it join it when moved in).</summary>
    public static IndexEntry HostPartner(CreateEvent definition) => new(IndexName.EventsByHostPartner, definition.HostPartnerId);

    public static string StatusSlug(EventStatus status) => status.ToString().ToLowerInvariant();

    public static string Month(DateTime local) => local.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
