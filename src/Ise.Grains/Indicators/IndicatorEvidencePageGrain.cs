using Ise.Paging;

namespace Ise.Indicators;

/// <summary>A sealed page of a counter bucket's evidence.</summary>
public sealed class IndicatorEvidencePageGrain(
    [PersistentState("indicator-evidence-page", IseKeys.StorageName)] IPersistentState<IndicatorEvidencePageState> state)
    : SealedPageGrain<IndicatorEvidence, IndicatorEvidencePageState>(state), IIndicatorEvidencePageGrain;
