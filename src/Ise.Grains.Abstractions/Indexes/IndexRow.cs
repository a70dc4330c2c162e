namespace Ise.Indexes;

/// <summary>One member of one index bucket (<see cref="IseKeys.IndexBucket"/>): where a read across buckets stands.</summary>
[GenerateSerializer, Immutable, Alias("ise.index-row")]
public sealed record IndexRow(
    [property: Id(0)] string List,
    [property: Id(1)] string Member);
