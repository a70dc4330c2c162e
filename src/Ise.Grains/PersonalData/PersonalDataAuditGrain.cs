using Ise.Effects;
using Ise.Journal;

namespace Ise.PersonalData;

/// <summary>
/// One day of the personal-data audit, journaled. Appending is one row holding the new entries; when the newest entries
/// fill a page, the page is sealed into its own grain first (a call down), then one row records it and the day forgets
/// those entries. So the cost of recording stays flat however many entries the day has. Non-reentrant.
/// </summary>
public sealed class PersonalDataAuditGrain(TimeProvider time)
    : JournaledIseGrain<PersonalDataAuditJournalState, IPersonalDataAuditChange>, IPersonalDataAuditGrain
{
    private const int MaxEntriesPerRead = 500;

    /// <summary>The journal stream of the audit of this day (<see cref="IseKeys.PersonalDataAuditDay"/>).</summary>
    public static string Stream(string day) => $"personal-data-audit/{day}";

    protected override string StreamName => Stream(this.GetPrimaryKeyString());

    public async Task RecordAsync(IReadOnlyList<PersonalDataAuditEntry> entries)
    {
        if (entries.Count > 0)
        {
            await AppendAsync(entries, null, 0);
        }
    }

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var (effects, through) = InboxLedger.Fresh(batch, State.AppliedThrough.GetValueOrDefault(batch.SourceId));
        if (effects.Count > 0)
        {
            await AppendAsync([.. effects.Cast<PersonalDataAuditEffect>().Select(e => e.Entry)], batch.SourceId, through);
        }
    }

    protected override void TransitionState(PersonalDataAuditJournalState state, IPersonalDataAuditChange change) => state.Apply(change);

    public async Task<PersonalDataAuditPage> GetPageAsync(long from, int first)
    {
        var size = Math.Clamp(first, 0, MaxEntriesPerRead);
        var sealedCount = State.SealedPages * IseKeys.AuditEntriesPerPage;
        var total = sealedCount + State.Newest.Count;
        var start = Math.Clamp(from, 0, total);
        var entries = new List<PersonalDataAuditEntry>(size);
        var position = start;
        while (entries.Count < size && position < total)
        {
            IReadOnlyList<PersonalDataAuditEntry> source;
            long offset;
            if (position < sealedCount)
            {
                var page = position / IseKeys.AuditEntriesPerPage;
                source = await GrainFactory.GetGrain<IPersonalDataAuditPageGrain>(IseKeys.PersonalDataAuditPage(this.GetPrimaryKeyString(), page)).GetAsync();
                offset = page * IseKeys.AuditEntriesPerPage;
            }
            else
            {
                source = State.Newest;
                offset = sealedCount;
            }

            var taken = source.Skip((int)(position - offset)).Take(size - entries.Count).ToList();
            if (taken.Count == 0)
            {
                break;
            }

            entries.AddRange(taken);
            position += taken.Count;
        }

        return new PersonalDataAuditPage(start, entries, total);
    }

    private async Task AppendAsync(IReadOnlyList<PersonalDataAuditEntry> entries, string? source, long through)
    {
        await RaiseAndConfirmAsync(new PersonalDataAuditRecorded(Guid.NewGuid(), time.GetUtcNow(), entries, source, through));
        while (State.Newest.Count >= IseKeys.AuditEntriesPerPage)
        {
            await GrainFactory.GetGrain<IPersonalDataAuditPageGrain>(IseKeys.PersonalDataAuditPage(this.GetPrimaryKeyString(), State.SealedPages))
                .SealAsync([.. State.Newest.Take(IseKeys.AuditEntriesPerPage)]);
            await RaiseAndConfirmAsync(new PersonalDataAuditPageSealed(Guid.NewGuid(), time.GetUtcNow()));
        }
    }
}
