namespace Ise.Programme;

/// <summary>One of the seven partner organisations that deliver the programme.</summary>
[GenerateSerializer, Immutable, Alias("ise.partner-info")]
public sealed record PartnerInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] Region Region,
    [property: Id(3)] bool IsLeadPartner);
