using Ise.Smes;

namespace Ise.PersonalData;

/// <summary>
/// Everything the platform holds about one person: the contact record with its consent, and the SME
/// it belongs to. Journeys, registrations and feeds refer to the person by contact id only.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.subject-access-export")]
public sealed record SubjectAccessExport(
    [property: Id(0)] string SmeId,
    [property: Id(1)] string SmeName,
    [property: Id(2)] Contact Contact,
    [property: Id(3)] DateTimeOffset ExportedAt);
