namespace Ise.Indexes;

/// <summary>A page of rows read across index buckets, in (bucket key, member) ordinal order, and whether more follow.</summary>
[GenerateSerializer, Immutable, Alias("ise.index-row-page")]
public sealed record IndexRowPage(
    [property: Id(0)] IReadOnlyList<IndexRow> Rows,
    [property: Id(1)] bool HasMore);
