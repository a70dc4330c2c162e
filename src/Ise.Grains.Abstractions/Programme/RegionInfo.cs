namespace Ise.Programme;

/// <summary>A programme region: its country and the time zone its local dates are taken in.</summary>
[GenerateSerializer, Immutable, Alias("ise.region-info")]
public sealed record RegionInfo(
    [property: Id(0)] Region Region,
    [property: Id(1)] string Slug,
    [property: Id(2)] string Name,
    [property: Id(3)] Country Country,
    [property: Id(4)] string TimeZoneId);
