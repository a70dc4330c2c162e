using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Indicators;

/// <summary>Moves a counter bucket stored whole (state name "indicator-bucket") into its journal stream as <see cref="IndicatorBucketCarriedOver"/>.</summary>
internal sealed class IndicatorBucketLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options)
    : LegacyStateConverter<LegacyIndicatorBucketState, IndicatorBucketJournalState, IIndicatorBucketChange>(options)
{
    public override string StateName => "indicator-bucket";

    public override string GrainType => "indicatorbucket";

    protected override string StreamOf(string key) => IndicatorBucketGrain.Stream(key);

    protected override IIndicatorBucketChange FirstEvent(string key, LegacyIndicatorBucketState legacy, Guid eventId, DateTimeOffset now) =>
        new IndicatorBucketCarriedOver(eventId, now, key, legacy.Frozen, legacy.Counts, legacy.Adjustments, legacy.OpenRows, legacy.SealedPages,
            legacy.Inbox.AppliedThrough, legacy.Outbox.Pending);
}
