namespace Ise.Indicators;

/// <summary>Whether a reporting period was frozen, when and by whom.</summary>
[GenerateSerializer, Alias("ise.indicator-period-state")]
public sealed class IndicatorPeriodState
{
    [Id(0)]
    public bool Frozen { get; set; }

    [Id(1)]
    public DateTimeOffset? FrozenAt { get; set; }

    [Id(2)]
    public string? FrozenBy { get; set; }
}
