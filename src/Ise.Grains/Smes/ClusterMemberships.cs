namespace Ise.Smes;

/// <summary>The clusters (by sector slug) an SME is in now, from its journey's latest join or leave per cluster.</summary>
public static class ClusterMemberships
{
    public static IReadOnlySet<string> Current(IEnumerable<JourneyEntry> journey)
    {
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in journey.Where(e => e.Reference is not null))
        {
            if (entry.Kind == JourneyEntryKind.ClusterJoined)
            {
                current.Add(entry.Reference!);
            }
            else if (entry.Kind == JourneyEntryKind.ClusterLeft)
            {
                current.Remove(entry.Reference!);
            }
        }

        return current;
    }
}
