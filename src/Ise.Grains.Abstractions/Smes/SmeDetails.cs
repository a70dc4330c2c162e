namespace Ise.Smes;

/// <summary>An SME and its journey in one answer, so a reader needs one grain call per SME.</summary>
[GenerateSerializer, Immutable, Alias("ise.sme-details")]
public sealed record SmeDetails(
    [property: Id(0)] SmeView View,
    [property: Id(1)] IReadOnlyList<JourneyEntry> Journey);
