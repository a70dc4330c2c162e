using System.Text.Json;
using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Indicators;

/// <summary>
/// Moves an SME indicator ledger stored whole (state name "sme-indicator-ledger") into its journal
/// stream as <see cref="IndicatorLedgerCarriedOver"/>, its undelivered changes sent again under the
/// sender id the buckets knew them by.
/// </summary>
internal sealed class SmeIndicatorLedgerLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options) : ILegacyStateConverter
{
    private readonly JsonSerializerOptions _json = options.Value.JsonSerializerOptions;

    public string StateName => "sme-indicator-ledger";

    public string GrainType => "smeindicatorledger";

    public JournalAppend Convert(string key, ReadOnlyMemory<byte> state, DateTimeOffset now)
    {
        var legacy = JsonSerializer.Deserialize<SmeIndicatorState>(state.Span, _json)
            ?? throw new JournalFormatException($"The stored indicator ledger of {key} is empty.");
        var stream = SmeIndicatorLedgerGrain.Stream(key);
        var carried = new IndicatorLedgerCarriedOver(
            LegacyStateMigration.EventIdOf(stream), now, legacy.Credited, legacy.Inbox.AppliedThrough,
            SmeIndicatorLedgerGrain.LegacySource(key), legacy.Outbox.Pending);
        var codec = new JournalCodec<IndicatorLedgerState, IIndicatorLedgerEvent>(_json);
        return new JournalAppend(stream, [codec.Row(stream, 1, carried)], null, [.. carried.Effects(1)]);
    }
}
