using Ise.Effects;

namespace Ise.PersonalData;

/// <summary>
/// One day of the personal-data audit. Appending writes the newest entries only; when they fill a
/// page, the page is sealed into its own grain first (a call down), then the day forgets it. So the
/// cost of recording stays flat however many entries the day has. Non-reentrant.
/// </summary>
public sealed class PersonalDataAuditGrain(
    [PersistentState("personal-data-audit", IseKeys.StorageName)] IPersistentState<PersonalDataAuditState> state)
    : Grain, IPersonalDataAuditGrain
{
    private const int MaxEntriesPerRead = 500;

    private PersonalDataAuditState State => state.State;

    public async Task RecordAsync(IReadOnlyList<PersonalDataAuditEntry> entries)
    {
        if (entries.Count > 0)
        {
            await AppendAsync(entries);
        }
    }

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var effects = State.Inbox.Accept(batch);
        if (effects.Count == 0)
        {
            return;
        }

        await AppendAsync([.. effects.Cast<PersonalDataAuditEffect>().Select(e => e.Entry)]);
    }

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

    private async Task AppendAsync(IReadOnlyList<PersonalDataAuditEntry> entries)
    {
        State.Newest.AddRange(entries);
        try
        {
            while (State.Newest.Count >= IseKeys.AuditEntriesPerPage)
            {
                var full = State.Newest.Take(IseKeys.AuditEntriesPerPage).ToList();
                await GrainFactory.GetGrain<IPersonalDataAuditPageGrain>(IseKeys.PersonalDataAuditPage(this.GetPrimaryKeyString(), State.SealedPages)).SealAsync(full);
                State.Newest.RemoveRange(0, full.Count);
                State.SealedPages++;
            }

            await state.WriteStateAsync();
        }
        catch
        {
            // Memory is ahead of storage: drop the activation so the next call reads the truth.
            DeactivateOnIdle();
            throw;
        }
    }
}
