using Ise.Programme;
using Ise.Smes;
using Ise.Smes.Rules;

namespace Ise.Indicators;

/// <summary>
/// What an SME is counted for, worked out from its whole journey (the funder's rule, DESIGN.md rule 5
/// and Decisions: Indicators). An enterprise indicator credits the SME once per cell, on the local
/// date of its first qualifying engagement there; region, sector and size band are the SME's own,
/// partner and activity kind those of the engagement. Participations, attendances, walk-ins and
/// no-shows are counted one per engagement. Undone attendance no longer qualifies; a merged SME is
/// counted by the SME it was merged into.
/// </summary>
public static class IndicatorRules
{
    public static IReadOnlyDictionary<string, IndicatorCredit> CreditsOf(SmeProfile? profile, string? mergedInto, IReadOnlyList<JourneyEntry> journey)
    {
        var credits = new Dictionary<string, IndicatorCredit>(StringComparer.Ordinal);
        if (profile is null || mergedInto is not null)
        {
            return credits;
        }

        var undone = journey
            .Where(e => e.Kind == JourneyEntryKind.AttendanceUndone && e.Reference is not null)
            .Select(e => e.Reference!)
            .ToHashSet(StringComparer.Ordinal);
        var attendances = journey.Where(e => IsAttendance(e.Kind) && !undone.Contains(e.Id)).ToList();
        var diagnostics = journey.Where(e => e.Kind == JourneyEntryKind.Diagnostic).ToList();
        var connections = journey.Where(e => e.Kind == JourneyEntryKind.Connection).ToList();
        var crossBorderConnections = connections.Where(e => e.CounterpartCountry is { } other && other != profile.Country).ToList();
        var clusterJoins = journey.Where(e => e.Kind == JourneyEntryKind.ClusterJoined).ToList();

        First(credits, profile, Indicator.EnterprisesSupported, [.. attendances, .. diagnostics, .. connections, .. clusterJoins]);
        First(credits, profile, Indicator.EnterprisesNonFinancialSupport, [.. attendances, .. diagnostics]);
        First(credits, profile, Indicator.EnterprisesAssessed, diagnostics);
        First(credits, profile, Indicator.OrganisationsCooperating, crossBorderConnections);
        First(credits, profile, Indicator.ClusterMembers, clusterJoins);

        Each(credits, profile, Indicator.CrossBorderParticipations, attendances.Where(e => e.Activity == ActivityKind.CrossBorderEvent));
        Each(credits, profile, Indicator.Attendances, attendances);
        Each(credits, profile, Indicator.WalkIns, attendances.Where(e => e.Kind == JourneyEntryKind.WalkIn));
        var attendedRegistrations = attendances.Select(e => RegistrationOf(e.Id)).ToHashSet(StringComparer.Ordinal);
        Each(credits, profile, Indicator.NoShows,
            journey.Where(e => e.Kind == JourneyEntryKind.NoShow && !attendedRegistrations.Contains(RegistrationOf(e.Id))));
        return credits;
    }

    /// <summary>The cells an engagement counts in.</summary>
    public static IReadOnlyList<string> CellsOf(SmeProfile profile, JourneyEntry entry)
    {
        var cells = new List<string>(6)
        {
            IndicatorCells.Total,
            IndicatorCells.Region(profile.Region),
            IndicatorCells.Sector(profile.Sector),
            IndicatorCells.Size(SizeBands.Of(profile.StaffCount)),
        };
        if (!string.IsNullOrEmpty(entry.PartnerId))
        {
            cells.Add(IndicatorCells.Partner(entry.PartnerId));
        }

        if (ActivityOf(entry) is { } activity)
        {
            cells.Add(IndicatorCells.Activity(activity));
        }

        return cells;
    }

    /// <summary>The activity kind of an engagement (a diagnostic is one whatever its entry says).</summary>
    public static ActivityKind? ActivityOf(JourneyEntry entry) =>
        entry.Kind == JourneyEntryKind.Diagnostic ? ActivityKind.DiagnosticAssessment : entry.Activity;

    public static DateOnly DateOf(JourneyEntry entry) => DateOnly.FromDateTime(entry.LocalTime);

    private static bool IsAttendance(JourneyEntryKind kind) =>
        kind is JourneyEntryKind.Attended or JourneyEntryKind.WalkIn or JourneyEntryKind.RetroactiveAttendance;

    /// <summary>Attendance entries are named <c>{attendee code}#{n}</c> (or <c>#v{n}</c>): the code names the registration.</summary>
    private static string RegistrationOf(string entryId) => entryId.Split('#')[0];

    /// <summary>Once per cell: the earliest qualifying engagement in that cell (ties: the smaller entry id).</summary>
    private static void First(Dictionary<string, IndicatorCredit> credits, SmeProfile profile, Indicator indicator, IReadOnlyList<JourneyEntry> qualifying)
    {
        foreach (var entry in qualifying.OrderBy(DateOf).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var cell in CellsOf(profile, entry))
            {
                var key = IndicatorCells.CounterKey(indicator, cell);
                credits.TryAdd(key, Credit(indicator, key, entry, [cell]));
            }
        }
    }

    /// <summary>One credit per engagement, in all of its cells.</summary>
    private static void Each(Dictionary<string, IndicatorCredit> credits, SmeProfile profile, Indicator indicator, IEnumerable<JourneyEntry> engagements)
    {
        foreach (var entry in engagements)
        {
            var key = $"{IndicatorCells.Slug(indicator)}#{entry.Id}";
            credits.TryAdd(key, Credit(indicator, key, entry, CellsOf(profile, entry)));
        }
    }

    private static IndicatorCredit Credit(Indicator indicator, string key, JourneyEntry entry, IReadOnlyList<string> cells) =>
        new(indicator, key, DateOf(entry), cells, string.IsNullOrEmpty(entry.PartnerId) ? null : entry.PartnerId, ActivityOf(entry), entry.EventId, entry.Id);
}
