namespace Ise.Smes;

/// <summary>The outcome of registering a firm: created now, or the one SME it already was.</summary>
[GenerateSerializer, Immutable, Alias("ise.sme-registration")]
public sealed record SmeRegistration(
    [property: Id(0)] string SmeId,
    [property: Id(1)] bool Created,
    [property: Id(2)] string LeadPartnerId);
