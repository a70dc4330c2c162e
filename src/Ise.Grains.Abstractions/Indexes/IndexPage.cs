namespace Ise.Indexes;

/// <summary>A page of one index bucket, in member order, and whether more follow.</summary>
[GenerateSerializer, Immutable, Alias("ise.index-page")]
public sealed record IndexPage(
    [property: Id(0)] IReadOnlyList<string> Members,
    [property: Id(1)] bool HasMore,
    [property: Id(2)] int Count);
