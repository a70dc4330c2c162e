namespace Ise.Indexes;

/// <summary>
/// The lists kept up to date through the outbox (or the journal), each keyed by one value.
/// <see cref="SmesByNameWord"/> is keyed by one word of an SME's name (or its company id), normalised
/// (<c>Ise.Indexes.SearchText</c>): its lists are read by value prefix, across lists, for name search.
/// </summary>
[GenerateSerializer]
public enum IndexName
{
    SmesByRegion = 0,
    SmesBySector = 1,
    SmesByPartner = 2,
    SmesByStage = 3,
    EventsByKind = 4,
    EventsByRegion = 5,
    EventsByStatus = 6,
    EventsByMonth = 7,
    SmesByNameWord = 8,
    EventsByHostPartner = 9,
}
