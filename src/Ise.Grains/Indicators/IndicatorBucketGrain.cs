using Ise.Effects;
using Ise.Hosting;
using Ise.Journal;

namespace Ise.Indicators;

/// <summary>
/// A counter bucket of one reporting period, journaled. SMEs (and events) send it the credits they decided on, at least
/// once; it applies each once (per sender: the silos' journal writers, and senders with an outbox from before the
/// journal), and a delivery is one row holding the credits it counts (each change one evidence row), sealing full pages
/// of evidence into page grains so the state stays small. Once frozen, figures never change: what arrives is sent on, in
/// the same row, to the first period of the same kind that is not frozen, booked there as an adjustment.
/// </summary>
public sealed class IndicatorBucketGrain(TimeProvider time)
    : JournaledIseGrain<IndicatorBucketJournalState, IIndicatorBucketChange>, IIndicatorBucketGrain, IRemindable
{
    private string Key => this.GetPrimaryKeyString();

    /// <summary>The journal stream of the counter bucket with this key.</summary>
    public static string Stream(string key) => $"indicator-bucket/{key}";

    protected override string StreamName => Stream(Key);

    /// <summary>A reminder of the outbox this bucket had before the journal: dropped.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) => this.DropReminderAsync(reminderName);

    protected override void TransitionState(IndicatorBucketJournalState state, IIndicatorBucketChange change) => state.Apply(change);

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var (effects, through) = InboxLedger.Fresh(batch, State.AppliedThrough.GetValueOrDefault(batch.SourceId));
        if (effects.Count == 0)
        {
            return;
        }

        var credits = effects.Cast<IndicatorCreditsEffect>().ToList();
        var period = ReportingPeriod.Parse(IseKeys.PeriodOfIndicatorBucket(Key), "period");
        var adjustments = State.Frozen
            ? credits.Select(c => new IndicatorAdjustment(AdjustmentBucket(period, c.BookedOn), c with { Adjustment = true, AdjustsPeriod = c.AdjustsPeriod ?? period.Key })).ToList()
            : [];
        await RaiseAndConfirmAsync(new IndicatorCreditsReceived(Guid.NewGuid(), time.GetUtcNow(), batch.SourceId, through, State.Frozen ? [] : credits, adjustments));
        await SealFullPagesAsync();
    }

    public Task<IndicatorBucketView> GetAsync() => Task.FromResult(new IndicatorBucketView(
        State.Frozen, new Dictionary<string, int>(State.Counts), new Dictionary<string, int>(State.Adjustments),
        (State.SealedPages * IseKeys.IndicatorEvidencePageSize) + State.OpenRows.Count));

    public async Task FreezeAsync()
    {
        if (State.Frozen)
        {
            return;
        }

        if (IseKeys.PeriodOfIndicatorBucket(Key) == ReportingPeriod.ProgrammeKey)
        {
            throw new InvalidOperationException("The whole programme's figures are never frozen.");
        }

        await RaiseAndConfirmAsync(new IndicatorBucketFrozen(Guid.NewGuid(), time.GetUtcNow()));
    }

    public async Task<IReadOnlyList<IndicatorEvidence>> GetEvidenceAsync(long from, int max)
    {
        // Taken together before any await (the state is replaced as a whole when the journal is read again).
        var sealedPages = State.SealedPages;
        var openRows = State.OpenRows.ToList();
        var rows = new List<IndicatorEvidence>();
        var size = IseKeys.IndicatorEvidencePageSize;
        var position = Math.Max(0, from);
        while (rows.Count < max && position < sealedPages * size)
        {
            var page = await Page(position / size).GetAsync();
            var skip = (int)(position % size);
            var taken = page.Skip(skip).Take(max - rows.Count).ToList();
            rows.AddRange(taken);
            position += size - skip;
        }

        var open = position - (sealedPages * size);
        rows.AddRange(openRows.Skip((int)Math.Max(0, open)).Take(max - rows.Count));
        return rows;
    }

    /// <summary>Where a change for this frozen period goes: the period of its booking date, or the next one, whichever is later.</summary>
    private string AdjustmentBucket(ReportingPeriod frozen, DateOnly bookedOn)
    {
        var booked = ReportingPeriod.Of(frozen.Kind, bookedOn);
        var next = frozen.Next();
        var target = booked.Start > next.Start ? booked : next;
        return IseKeys.IndicatorBucket(target.Key, BucketNumber());
    }

    private int BucketNumber() => int.Parse(Key[(Key.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private IIndicatorEvidencePageGrain Page(long number) => GrainFactory.GetGrain<IIndicatorEvidencePageGrain>(IseKeys.IndicatorEvidencePage(Key, number));

    /// <summary>Seals the oldest full page of open evidence rows, page by page: the page grain stores it first (sealing again keeps the first rows), then one row records it.</summary>
    private async Task SealFullPagesAsync()
    {
        while (State.OpenRows.Count >= IseKeys.IndicatorEvidencePageSize)
        {
            await Page(State.SealedPages).SealAsync([.. State.OpenRows.Take(IseKeys.IndicatorEvidencePageSize)]);
            await RaiseAndConfirmAsync(new IndicatorEvidenceSealed(Guid.NewGuid(), time.GetUtcNow(), IseKeys.IndicatorEvidencePageSize));
        }
    }
}
