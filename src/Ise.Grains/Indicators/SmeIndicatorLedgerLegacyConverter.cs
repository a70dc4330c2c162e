using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Indicators;

/// <summary>
/// Moves an SME indicator ledger stored whole (state name "sme-indicator-ledger") into its journal
/// stream as <see cref="IndicatorLedgerCarriedOver"/>, its undelivered changes sent again under the
/// sender id the buckets knew them by.
/// </summary>
internal sealed class SmeIndicatorLedgerLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options)
    : LegacyStateConverter<SmeIndicatorState, IndicatorLedgerState, IIndicatorLedgerEvent>(options)
{
    public override string StateName => "sme-indicator-ledger";

    public override string GrainType => "smeindicatorledger";

    protected override string StreamOf(string key) => SmeIndicatorLedgerGrain.Stream(key);

    protected override IIndicatorLedgerEvent FirstEvent(string key, SmeIndicatorState legacy, Guid eventId, DateTimeOffset now) =>
        new IndicatorLedgerCarriedOver(eventId, now, legacy.Credited, legacy.Inbox.AppliedThrough, SmeIndicatorLedgerGrain.LegacySource(key), legacy.Outbox.Pending);
}
