namespace Ise.Smes;

/// <summary>A stored contact. Personal data: it lives only in the SME's contact state.</summary>
[GenerateSerializer, Immutable, Alias("ise.contact")]
public sealed record Contact(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Email,
    [property: Id(3)] string? Phone,
    [property: Id(4)] ConsentRecord Consent);
