using Ise.Programme;

namespace Ise.Smes;

/// <summary>The consent under which a person's contact details are held.</summary>
[GenerateSerializer, Immutable, Alias("ise.consent")]
public sealed record ConsentRecord(
    [property: Id(0)] string Version,
    [property: Id(1)] DateOnly GivenOn,
    [property: Id(2)] Language Language);
