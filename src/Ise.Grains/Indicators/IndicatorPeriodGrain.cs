using Ise.Errors;
using Ise.Programme;

namespace Ise.Indicators;

/// <summary>
/// A reporting period. Freezing it freezes its counter buckets (awaited calls down to them, repeated
/// until all confirm); only a month, quarter or year that has ended everywhere in the programme
/// area (the latest clock is Kent's) is frozen, so the current period always takes the adjustments.
/// </summary>
public sealed class IndicatorPeriodGrain(
    [PersistentState("indicator-period", IseKeys.StorageName)] IPersistentState<IndicatorPeriodState> state,
    TimeProvider time) : Grain, IIndicatorPeriodGrain
{
    public Task<PeriodStatus> GetAsync() => Task.FromResult(Status());

    public async Task<PeriodStatus> FreezeAsync(string actor)
    {
        var period = ReportingPeriod.Parse(this.GetPrimaryKeyString(), "period");
        if (period.Kind == PeriodKind.Programme)
        {
            throw IseException.Invalid("period", "The whole programme is never frozen; freeze a month, quarter or year.");
        }

        var today = DateOnly.FromDateTime(ProgrammeTime.ToLocal(time.GetUtcNow(), Region.Kent));
        if (period.End > today)
        {
            throw IseException.Invalid("period", $"Period {period.Key} has not ended yet (it ends on {period.End:yyyy-MM-dd}); only ended periods are frozen.");
        }

        for (var bucket = 0; bucket < IseKeys.IndicatorBucketCount; bucket++)
        {
            await GrainFactory.GetGrain<IIndicatorBucketGrain>(IseKeys.IndicatorBucket(period.Key, bucket)).FreezeAsync();
        }

        if (!state.State.Frozen)
        {
            state.State.Frozen = true;
            state.State.FrozenAt = time.GetUtcNow();
            state.State.FrozenBy = actor;
            await state.WriteStateAsync();
        }

        return Status();
    }

    private PeriodStatus Status() => new(this.GetPrimaryKeyString(), state.State.Frozen, state.State.FrozenAt, state.State.FrozenBy);
}
