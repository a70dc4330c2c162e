namespace Ise.Programme;

/// <summary>A target sector and the slug that names its cluster.</summary>
[GenerateSerializer, Immutable, Alias("ise.sector-info")]
public sealed record SectorInfo(
    [property: Id(0)] Sector Sector,
    [property: Id(1)] string Slug,
    [property: Id(2)] string Name);
