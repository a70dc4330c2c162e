namespace Ise.Indicators;

/// <summary>A sealed page of a counter bucket's evidence (key: <see cref="IseKeys.IndicatorEvidencePage"/>).</summary>
public interface IIndicatorEvidencePageGrain : IGrainWithStringKey
{
    /// <summary>Seals the page; sealing again (a retry) keeps the first rows.</summary>
    Task SealAsync(IReadOnlyList<IndicatorEvidence> rows);

    Task<IReadOnlyList<IndicatorEvidence>> GetAsync();
}
