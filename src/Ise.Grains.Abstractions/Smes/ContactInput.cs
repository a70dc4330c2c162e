namespace Ise.Smes;

/// <summary>A person at the SME, given with the consent that allows holding their details.</summary>
[GenerateSerializer, Immutable, Alias("ise.contact-input")]
public sealed record ContactInput(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Email,
    [property: Id(2)] string? Phone,
    [property: Id(3)] ConsentRecord? Consent);
