using Ise.Programme;

namespace Ise.Connections;

/// <summary>Connections made, how many crossed a border, and the countries involved.</summary>
[GenerateSerializer, Immutable, Alias("ise.connection-tally")]
public sealed record ConnectionTally(
    [property: Id(0)] int Made,
    [property: Id(1)] int CrossBorder,
    [property: Id(2)] IReadOnlyList<Country> Countries)
{
    public static ConnectionTally None { get; } = new(0, 0, []);

    public ConnectionTally Add(Country a, Country b) =>
        new(Made + 1, CrossBorder + (a != b ? 1 : 0), [.. Countries.Union([a, b]).Order()]);
}
