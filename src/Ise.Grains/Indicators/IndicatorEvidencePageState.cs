using Ise.Paging;

namespace Ise.Indicators;

/// <summary>The rows of a sealed evidence page.</summary>
[GenerateSerializer, Alias("ise.indicator-evidence-page-state")]
public sealed class IndicatorEvidencePageState : ISealedPageState<IndicatorEvidence>
{
    [Id(0)]
    public List<IndicatorEvidence> Rows { get; set; } = [];

    List<IndicatorEvidence> ISealedPageState<IndicatorEvidence>.Sealed
    {
        get => Rows;
        set => Rows = value;
    }
}
