namespace Ise.Grains.Tests.Journal;

/// <summary>What a tally grain answers: its total, how many additions made it, and its journal version.</summary>
[GenerateSerializer, Immutable, Alias("ise.test.tally-view")]
public sealed record TallyView([property: Id(0)] int Total, [property: Id(1)] int Additions, [property: Id(2)] int Version);
