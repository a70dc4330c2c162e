namespace Ise.Indexes;

/// <summary>The lists kept up to date through the outbox, each keyed by one value.</summary>
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
}
