namespace Ise.Indicators;

/// <summary>
/// The programme indicators. The first six follow the funder's rule (each enterprise counted once
/// per indicator, except participations, which count every participation); the rest are activity counts.
/// </summary>
[GenerateSerializer]
public enum Indicator
{
    /// <summary>Enterprises receiving support: any attendance, diagnostic, cross-border or other connection, or cluster membership.</summary>
    EnterprisesSupported = 0,

    /// <summary>Enterprises receiving non-financial support: attended an activity or had a diagnostic.</summary>
    EnterprisesNonFinancialSupport = 1,

    /// <summary>Enterprises assessed by the diagnostic tool.</summary>
    EnterprisesAssessed = 2,

    /// <summary>Participations in joint cross-border actions: every attendance at a cross-border event (not distinct firms).</summary>
    CrossBorderParticipations = 3,

    /// <summary>Organisations cooperating across borders: distinct SMEs with at least one cross-border connection.</summary>
    OrganisationsCooperating = 4,

    /// <summary>Enterprises that joined a sector cluster (counted once, when they first joined).</summary>
    ClusterMembers = 5,

    /// <summary>Attendances (check-ins, walk-ins and retroactive attendance that still stand).</summary>
    Attendances = 6,

    /// <summary>Walk-ins that still stand.</summary>
    WalkIns = 7,

    /// <summary>Registrations that ended as no-shows (a later retroactive attendance removes one).</summary>
    NoShows = 8,

    /// <summary>Events held (closed), by the event's kind, host partner and region.</summary>
    EventsHeld = 9,
}
