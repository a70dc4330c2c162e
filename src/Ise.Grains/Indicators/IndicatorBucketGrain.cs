using Ise.Effects;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Ise.Indicators;

/// <summary>
/// A counter bucket of one reporting period. SMEs (and events) send it the credits they decided on,
/// at least once; it applies each once (ledger by sender), keeps the figures by counter key and
/// appends one evidence row per change, sealing full pages into page grains so a write stays small.
/// Once frozen, figures never change: what arrives goes on through the outbox to the first period of
/// the same kind that is not frozen, booked there as an adjustment.
/// </summary>
/// <remarks>
/// Every SME's credits of a period land in its sixteen buckets, so deliveries share writes
/// (<see cref="GroupCommit"/>): reentrant, the state changes only in synchronous code, and sealing
/// pages and writing happen in the one write in flight.
/// </remarks>
[Reentrant]
public sealed class IndicatorBucketGrain(
    [PersistentState("indicator-bucket", IseKeys.StorageName)] IPersistentState<IndicatorBucketState> state,
    ILogger<IndicatorBucketGrain> logger) : Grain, IIndicatorBucketGrain, IRemindable
{
    private OutboxPump? _pump;
    private GroupCommit? _commit;

    private IndicatorBucketState State => state.State;

    private OutboxPump Pump => _pump ?? throw new InvalidOperationException("not activated");

    private GroupCommit Commit => _commit ?? throw new InvalidOperationException("not activated");

    private string Key => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _commit = new GroupCommit(SealAndWriteAsync, DeactivateOnIdle);
        _pump = new OutboxPump(this, () => State.Outbox, Commit.CommitAsync, GrainFactory, logger);
        _pump.OnActivated();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Pump.OnDeactivatingAsync(reason);

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        Pump.Owns(reminderName) ? Pump.OnReminderAsync() : Task.CompletedTask;

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        Commit.ThrowIfFailed();
        var effects = State.Inbox.Accept(batch);
        if (effects.Count == 0)
        {
            await Commit.DurableAsync();
            return;
        }

        var period = ReportingPeriod.Parse(IseKeys.PeriodOfIndicatorBucket(Key), "period");
        foreach (var credits in effects.Cast<IndicatorCreditsEffect>())
        {
            if (State.Frozen)
            {
                State.Outbox.Add(EffectTarget.IndicatorBucket, AdjustmentBucket(period, credits.BookedOn),
                    credits with { Adjustment = true, AdjustsPeriod = credits.AdjustsPeriod ?? period.Key });
                continue;
            }

            Apply(credits);
        }

        await Commit.CommitAsync();
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

        Commit.ThrowIfFailed();
        State.Frozen = true;
        await Commit.CommitAsync();
    }

    public async Task<IReadOnlyList<IndicatorEvidence>> GetEvidenceAsync(long from, int max)
    {
        // Taken together before any await: a write in flight may seal a page meanwhile.
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

    private void Apply(IndicatorCreditsEffect credits)
    {
        var figures = credits.Adjustment ? State.Adjustments : State.Counts;
        foreach (var change in credits.Changes)
        {
            var credit = change.Credit;
            foreach (var cell in credit.Cells)
            {
                var key = IndicatorCells.CounterKey(credit.Indicator, cell);
                var value = figures.GetValueOrDefault(key) + change.Delta;
                if (value == 0)
                {
                    figures.Remove(key);
                }
                else
                {
                    figures[key] = value;
                }
            }

            State.OpenRows.Add(new IndicatorEvidence(credit.Indicator, credits.SubjectId, credits.SubjectName, credit.Date, credit.PartnerId,
                credit.Activity, credit.EventId, credit.Cells, change.Delta, credits.Adjustment, credits.BookedOn, credits.AdjustsPeriod));
        }
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

    /// <summary>The one write in flight: seals the full pages of evidence, then writes the state.</summary>
    private async Task SealAndWriteAsync()
    {
        while (State.OpenRows.Count >= IseKeys.IndicatorEvidencePageSize)
        {
            var page = State.OpenRows.Take(IseKeys.IndicatorEvidencePageSize).ToList();
            await Page(State.SealedPages).SealAsync(page);
            State.OpenRows.RemoveRange(0, page.Count);
            State.SealedPages++;
        }

        if (State.Outbox.Pending.Count > 0)
        {
            await Pump.EnsureRecoverableAsync();
        }

        await Pump.WriteAsync(state, DeactivateOnIdle);
    }
}
