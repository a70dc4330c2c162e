namespace Ise.Programme;

/// <summary>A kind of programme activity with its name as the programme uses it.</summary>
[GenerateSerializer, Immutable, Alias("ise.activity-kind-info")]
public sealed record ActivityKindInfo(
    [property: Id(0)] ActivityKind Kind,
    [property: Id(1)] string Slug,
    [property: Id(2)] string Name);
