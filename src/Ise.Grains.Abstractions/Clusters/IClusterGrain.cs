using Ise.Effects;

namespace Ise.Clusters;

/// <summary>
/// One sector cluster (key: the sector's slug): counters and the newest feed items. Full pages of the
/// feed are sealed into <see cref="IClusterFeedPageGrain"/>s, so posting and reading one page cost
/// the same after 100 items and after 100,000. Members live in <see cref="IClusterMembersGrain"/>s.
/// </summary>
public interface IClusterGrain : IEffectReceiver
{
    Task<ClusterView> GetAsync();

    /// <summary>A member's post (the caller checked membership); a retry with the same key posts once.</summary>
    Task<ClusterFeedItem> PostAsync(string smeId, string text, string? idempotencyKey);

    /// <summary>Items older than <paramref name="before"/> (a sequence number; null for the newest), newest first.</summary>
    Task<ClusterFeedPage> GetFeedAsync(long? before, int first);

    /// <summary>Counts and the newest <paramref name="first"/> feed items, consistent with each other (a watcher's snapshot).</summary>
    Task<ClusterSnapshot> GetSnapshotAsync(int first);

    /// <summary>Subscribes (or renews) an observer: true when this activation already knew it (as for the statistics).</summary>
    Task<bool> SubscribeAsync(IClusterObserver observer);

    Task UnsubscribeAsync(IClusterObserver observer);
}
