using Ise.Programme;

namespace Ise.Smes;

/// <summary>
/// A partner registers a firm. <see cref="CompanyId"/> is the national company id (UK Companies
/// House, FR SIREN, BE enterprise number, NL KvK); without one the SME is provisional.
/// <see cref="RegisteredBy"/> names the caller in the personal-data audit of the contacts given.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.register-sme")]
public sealed record RegisterSme(
    [property: Id(0)] Country Country,
    [property: Id(1)] string? CompanyId,
    [property: Id(2)] string Name,
    [property: Id(3)] Region Region,
    [property: Id(4)] Sector Sector,
    [property: Id(5)] int StaffCount,
    [property: Id(6)] Money Turnover,
    [property: Id(7)] Money BalanceSheetTotal,
    [property: Id(8)] string LeadPartnerId,
    [property: Id(9)] IReadOnlyList<ContactInput> Contacts,
    [property: Id(10)] string? RegisteredBy = null);
