using Ise.Programme;

namespace Ise.Smes.Rules;

/// <summary>
/// Works out an SME's stage from its journey, with the entries that justify it. The highest stage
/// that applies wins: cluster member, internationalising, assessed, engaged, aware.
/// </summary>
public static class StageRules
{
    public static StageExplanation Explain(Country smeCountry, IReadOnlyList<JourneyEntry> journey)
    {
        var undone = journey
            .Where(e => e.Kind == JourneyEntryKind.AttendanceUndone && e.Reference is not null)
            .Select(e => e.Reference!)
            .ToHashSet(StringComparer.Ordinal);
        var attendances = journey.Where(e => IsAttendance(e.Kind) && !undone.Contains(e.Id)).ToList();

        var clusterJoins = CurrentClusterJoins(journey);
        if (clusterJoins.Count > 0)
        {
            return Explanation(SmeStage.ClusterMember, clusterJoins);
        }

        var international = journey
            .Where(e =>
                (IsAttendance(e.Kind) && !undone.Contains(e.Id) && IsInternationalActivity(e.Activity)) ||
                (e.Kind == JourneyEntryKind.Connection && e.CounterpartCountry is { } counterpart && counterpart != smeCountry))
            .ToList();
        if (international.Count > 0)
        {
            return Explanation(SmeStage.Internationalising, international);
        }

        var diagnostics = journey.Where(e => e.Kind == JourneyEntryKind.Diagnostic).ToList();
        if (diagnostics.Count > 0)
        {
            return Explanation(SmeStage.Assessed, diagnostics);
        }

        if (attendances.Count > 0)
        {
            return Explanation(SmeStage.Engaged, attendances);
        }

        var awareness = journey
            .Where(e => e.Kind is JourneyEntryKind.Enrolled or JourneyEntryKind.RegisteredForEvent)
            .ToList();
        return Explanation(SmeStage.Aware, awareness);
    }

    private static bool IsAttendance(JourneyEntryKind kind) =>
        kind is JourneyEntryKind.Attended or JourneyEntryKind.WalkIn or JourneyEntryKind.RetroactiveAttendance;

    private static bool IsInternationalActivity(ActivityKind? activity) =>
        activity is ActivityKind.CrossBorderEvent or ActivityKind.MajorInnovationEvent;

    /// <summary>
    /// For each cluster (the entry's reference), the latest join or leave by time, ties broken by
    /// journey order; the joins that are still in force, in journey order.
    /// </summary>
    private static List<JourneyEntry> CurrentClusterJoins(IReadOnlyList<JourneyEntry> journey)
    {
        var latest = new Dictionary<string, (JourneyEntry Entry, int Index)>(StringComparer.Ordinal);
        for (var i = 0; i < journey.Count; i++)
        {
            var entry = journey[i];
            if (entry.Kind is not (JourneyEntryKind.ClusterJoined or JourneyEntryKind.ClusterLeft))
            {
                continue;
            }

            var cluster = entry.Reference ?? string.Empty;
            if (!latest.TryGetValue(cluster, out var current) || entry.OccurredAt >= current.Entry.OccurredAt)
            {
                latest[cluster] = (entry, i);
            }
        }

        return latest.Values
            .Where(v => v.Entry.Kind == JourneyEntryKind.ClusterJoined)
            .OrderBy(v => v.Index)
            .Select(v => v.Entry)
            .ToList();
    }

    private static StageExplanation Explanation(SmeStage stage, List<JourneyEntry> entries) =>
        new(stage, entries.Select(e => e.Id).ToList());
}
