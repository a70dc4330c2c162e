namespace Ise.Diagnostics;

/// <summary>
/// A dimension's score as a percentage, given instead of the answers when only the scores of an assessment were
/// kept (a past assessment loaded by the history import). It must be one the questionnaire can give: the
/// dimension's points out of its points possible, rounded to one decimal.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.dimension-percent")]
public sealed record DimensionPercent(
    [property: Id(0)] string DimensionId,
    [property: Id(1)] decimal Percent);
