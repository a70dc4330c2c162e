namespace Ise.Smes;

/// <summary>What a reader sees of an SME.</summary>
[GenerateSerializer, Immutable, Alias("ise.sme-view")]
public sealed record SmeView(
    [property: Id(0)] SmeProfile Profile,
    [property: Id(1)] StageExplanation Stage,
    [property: Id(2)] IReadOnlyList<string> ServingPartnerIds,
    [property: Id(3)] int JourneyLength,
    [property: Id(4)] string? MergedInto,
    [property: Id(5)] SizeBand SizeBand,
    [property: Id(6)] int ContactCount);
