using Ise.Effects;
using Ise.Hosting;
using Ise.Journal;

namespace Ise.Clusters;

/// <summary>
/// One bucket of a cluster's members, journaled. Applies the SMEs' join and leave decisions (deduplicated per sender:
/// the silos' journal writers, and SMEs that sent through an outbox before the journal); the changes that change its
/// members are one row, which passes each on to the cluster grain.
/// </summary>
public sealed class ClusterMembersGrain(TimeProvider time)
    : JournaledIseGrain<ClusterMembersJournalState, IClusterMembersChange>, IClusterMembersGrain, IRemindable
{
    private const int MaxPage = 1000;

    private string Key => this.GetPrimaryKeyString();

    private string Sector => Key.Split('/')[0];

    /// <summary>The journal stream of the members' bucket with this key (<see cref="IseKeys.ClusterMembersBucket"/>).</summary>
    public static string Stream(string key) => $"cluster-members/{key}";

    protected override string StreamName => Stream(Key);

    /// <summary>A reminder of the outbox this bucket had before the journal: dropped.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) => this.DropReminderAsync(reminderName);

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var (fresh, through) = InboxLedger.Fresh(batch, State.AppliedThrough.GetValueOrDefault(batch.SourceId));
        var members = new Dictionary<string, bool>(StringComparer.Ordinal);
        var changes = new List<ClusterMembershipEffect>();
        foreach (var change in fresh.Cast<ClusterMembershipEffect>())
        {
            var isMember = members.TryGetValue(change.SmeId, out var known) ? known : State.Members.ContainsKey(change.SmeId);
            if (change.Joined != isMember)
            {
                changes.Add(change);
                members[change.SmeId] = change.Joined;
            }
        }

        // A delivery that changes no member stores nothing: applied again, it would change nothing either.
        if (changes.Count > 0)
        {
            await RaiseAndConfirmAsync(new ClusterMembersChanged(Guid.NewGuid(), time.GetUtcNow(), Sector, batch.SourceId, through, changes));
        }
    }

    public Task<ClusterMembersPage> GetPageAsync(string? after, int first)
    {
        var page = State.Members.Values
            .OrderBy(m => m.SmeId, StringComparer.Ordinal)
            .Where(m => after is null || string.CompareOrdinal(m.SmeId, after) > 0)
            .Take(Math.Clamp(first, 0, MaxPage) + 1)
            .ToList();
        var hasMore = page.Count > first;
        return Task.FromResult(new ClusterMembersPage([.. page.Take(first)], hasMore));
    }

    protected override void TransitionState(ClusterMembersJournalState state, IClusterMembersChange change) => state.Apply(change);
}
