namespace Ise.TrustedDocuments;

/// <summary>A document to trust, with the name and description the secretariat gives it and who registers it.</summary>
[GenerateSerializer, Immutable, Alias("ise.register-trusted-document")]
public sealed record RegisterTrustedDocument(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Description,
    [property: Id(2)] string Document,
    [property: Id(3)] string Actor);
