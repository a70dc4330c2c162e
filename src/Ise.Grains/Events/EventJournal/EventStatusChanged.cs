using Ise.Clusters;
using Ise.Effects;
using Ise.Indexes;
using Ise.Indicators;
using Ise.Journal;
using Ise.Programme;

namespace Ise.Events;

/// <summary>
/// The event moved from <see cref="From"/> to <see cref="To"/> (published, started or closed) at <see cref="IJournalEvent.At"/>,
/// with the definition it had then. Published, it is announced in the feeds of its sectors' clusters; closed, it is
/// reported there with its <see cref="Attendance"/> and counted as held in the programme indicators. A past event
/// recorded as held (closed from draft or open, by the history import) is counted but not reported in the feeds:
/// they are the clusters' live activity, and its attendance is recorded after it (its count then would say 0).
/// Its lists follow its status.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.event.status-changed")]
public sealed record EventStatusChanged(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string EventKey,
    [property: Id(3)] CreateEvent Definition,
    [property: Id(4)] EventStatus From,
    [property: Id(5)] EventStatus To,
    [property: Id(6)] int? Attendance,
    [property: Id(7)] IndexListChanges Lists) : IEventChange, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version)
    {
        var effects = Lists.Effects(version);
        return To switch
        {
            EventStatus.Open => effects.Concat(ToClusters(ClusterFeedItemKind.EventAnnounced, null)),
            EventStatus.Closed => effects.Concat(From == EventStatus.Live ? ToClusters(ClusterFeedItemKind.EventClosed, Attendance) : [])
                .Concat(EventIndicators.Held(EventKey, Definition, At).Select(h => new AddressedEffect(EffectTarget.IndicatorBucket, h.BucketKey, h.Effect))),
            _ => effects,
        };
    }

    private IEnumerable<AddressedEffect> ToClusters(ClusterFeedItemKind kind, int? attendance) =>
        Definition.Sectors.Distinct().Select(sector => new AddressedEffect(EffectTarget.Cluster, ProgrammeCatalog.Describe(sector).Slug,
            new ClusterFeedEffect(kind, At, EventKey, Definition.Title, attendance)));
}
