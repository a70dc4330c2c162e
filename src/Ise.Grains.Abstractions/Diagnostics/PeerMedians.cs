namespace Ise.Diagnostics;

/// <summary>A peer group's medians: how many SMEs it holds and, per axis and dimension id, the median percentage.</summary>
[GenerateSerializer, Immutable, Alias("ise.peer-medians")]
public sealed record PeerMedians(
    [property: Id(0)] string GroupKey,
    [property: Id(1)] int AssessedSmes,
    [property: Id(2)] IReadOnlyDictionary<string, decimal> Medians);
