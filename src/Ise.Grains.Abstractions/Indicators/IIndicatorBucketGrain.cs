using Ise.Effects;

namespace Ise.Indicators;

/// <summary>
/// One counter bucket of a reporting period (key: <see cref="IseKeys.IndicatorBucket"/>): the
/// figures of the SMEs (and events) hashed to it, fed by their outboxes, with the evidence behind
/// them in sealed pages. Once frozen its figures never change: later changes go on as adjustments.
/// </summary>
public interface IIndicatorBucketGrain : IEffectReceiver
{
    Task<IndicatorBucketView> GetAsync();

    /// <summary>Freezes the figures (again: no change).</summary>
    Task FreezeAsync();

    /// <summary>Evidence rows from position <paramref name="from"/> (0-based), at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<IndicatorEvidence>> GetEvidenceAsync(long from, int max);
}
