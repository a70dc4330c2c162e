namespace Ise.Smes;

/// <summary>An amount in a currency, as the firm declared it.</summary>
[GenerateSerializer, Immutable, Alias("ise.money")]
public sealed record Money(
    [property: Id(0)] decimal Amount,
    [property: Id(1)] Currency Currency);
