using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Indicators;

/// <summary>
/// Moves the credits an SME kept itself before indicator ledgers existed (state name "sme-indicators",
/// with an outbox of its own) into the SME's ledger stream, as a ledger stored whole would be, unless
/// that ledger had already taken them over (the SME then stopped before clearing its copy). Runs
/// before the SMEs themselves are moved, whose first events give the ledgers their latest inputs.
/// </summary>
internal sealed class SmeIndicatorsLegacyMove(IOptions<SystemTextJsonGrainStorageSerializerOptions> options, IJournalStore store, JournalWriter writer)
    : ILegacyStateMove
{
    private readonly SmeIndicatorLedgerLegacyConverter _converter = new(options);

    public string StateName => "sme-indicators";

    public string GrainType => "sme";

    public async Task MoveAsync(IReadOnlyList<(string Key, byte[] State)> rows, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Task.WhenAll(rows.Select(async row =>
        {
            var stream = await store.ReadStreamAsync(SmeIndicatorLedgerGrain.Stream(row.Key), cancellationToken);
            if (stream.Version == 0)
            {
                await writer.AppendAsync(_converter.Convert(row.Key, row.State, now));
            }
        }));
}
