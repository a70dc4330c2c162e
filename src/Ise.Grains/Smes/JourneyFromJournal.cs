using Ise.Effects;
using Ise.Journal;

namespace Ise.Smes;

/// <summary>
/// The journey entries that other grains' journal rows hold about an SME (a check-in in an attendance
/// bucket's stream has the SME as its subject): the entries those rows gave the SME when they committed,
/// read again by the subject index. The SME grain reads them when it activates instead of storing them a
/// second time, so a check-in is one row.
/// </summary>
public sealed class JourneyFromJournal(IJournalStore store, JournalEventDecoder decoder)
{
    public async Task<IReadOnlyList<JourneyEntry>> ReadAsync(string smeId, CancellationToken cancellationToken = default)
    {
        var rows = await store.ReadSubjectAsync(smeId, cancellationToken);
        return
        [
            .. rows.SelectMany(decoder.EffectsOf)
                .Where(e => e.Target == EffectTarget.Sme && e.Key == smeId)
                .Select(e => e.Effect)
                .OfType<JourneyEffect>()
                .Select(j => j.Entry),
        ];
    }
}
