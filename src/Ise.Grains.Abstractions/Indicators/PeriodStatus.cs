namespace Ise.Indicators;

/// <summary>Whether a reporting period is frozen, since when and by whom.</summary>
[GenerateSerializer, Immutable, Alias("ise.period-status")]
public sealed record PeriodStatus(
    [property: Id(0)] string Period,
    [property: Id(1)] bool Frozen,
    [property: Id(2)] DateTimeOffset? FrozenAt,
    [property: Id(3)] string? FrozenBy);
