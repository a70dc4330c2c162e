using Ise.Effects;
using Microsoft.Extensions.Logging;

namespace Ise.Clusters;

/// <summary>
/// One bucket of a cluster's members. Applies the SMEs' join and leave decisions (deduplicated per
/// SME), and passes each real change on to the cluster grain through its own outbox.
/// </summary>
public sealed class ClusterMembersGrain(
    [PersistentState("cluster-members", IseKeys.StorageName)] IPersistentState<ClusterMembersState> state,
    ILogger<ClusterMembersGrain> logger) : Grain, IClusterMembersGrain, IRemindable
{
    private const int MaxPage = 1000;
    private OutboxPump? _pump;

    private OutboxPump Pump => _pump ?? throw new InvalidOperationException("not activated");

    private string Sector => this.GetPrimaryKeyString().Split('/')[0];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _pump = new OutboxPump(this, () => state.State.Outbox, () => Pump.WriteAsync(state, DeactivateOnIdle), GrainFactory, logger);
        _pump.OnActivated();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Pump.OnDeactivatingAsync(reason);

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == OutboxPump.ReminderName ? Pump.OnReminderAsync() : Task.CompletedTask;

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var effects = state.State.Inbox.Accept(batch);
        if (effects.Count == 0)
        {
            return;
        }

        foreach (var change in effects.Cast<ClusterMembershipEffect>())
        {
            var members = state.State.Members;
            var isMember = members.ContainsKey(change.SmeId);
            if (change.Joined && !isMember)
            {
                members[change.SmeId] = new ClusterMemberInfo(change.SmeId, change.Country, change.Region, change.At);
            }
            else if (!change.Joined && isMember)
            {
                members.Remove(change.SmeId);
            }
            else
            {
                continue;
            }

            state.State.Outbox.Add(EffectTarget.Cluster, Sector, change);
        }

        await Pump.EnsureRecoverableAsync();
        await Pump.WriteAsync(state, DeactivateOnIdle);
    }

    public Task<ClusterMembersPage> GetPageAsync(string? after, int first)
    {
        var page = state.State.Members.Values
            .OrderBy(m => m.SmeId, StringComparer.Ordinal)
            .Where(m => after is null || string.CompareOrdinal(m.SmeId, after) > 0)
            .Take(Math.Clamp(first, 0, MaxPage) + 1)
            .ToList();
        var hasMore = page.Count > first;
        return Task.FromResult(new ClusterMembersPage([.. page.Take(first)], hasMore));
    }
}
