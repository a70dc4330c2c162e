using Ise.Programme;

namespace Ise.Smes;

/// <summary>Company data of an SME (not personal data: kept for audit).</summary>
[GenerateSerializer, Immutable, Alias("ise.sme-profile")]
public sealed record SmeProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] Country Country,
    [property: Id(3)] string? CompanyId,
    [property: Id(4)] Region Region,
    [property: Id(5)] Sector Sector,
    [property: Id(6)] int StaffCount,
    [property: Id(7)] Money Turnover,
    [property: Id(8)] Money BalanceSheetTotal,
    [property: Id(9)] string LeadPartnerId,
    [property: Id(10)] DateTimeOffset RegisteredAt)
{
    public bool IsProvisional => CompanyId is null;
}
