using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class RegisterSmeInputGraphType : InputObjectGraphType<RegisterSme>
{
    public RegisterSmeInputGraphType()
    {
        Name = "RegisterSmeInput";
        Field(s => s.Country, type: typeof(NonNullGraphType<CountryEnumGraphType>));
        Field(s => s.CompanyId, nullable: true).Description("UK Companies House, FR SIREN, BE enterprise number or NL KvK; without one the SME is provisional.");
        Field(s => s.Name);
        Field(s => s.Region, type: typeof(NonNullGraphType<RegionEnumGraphType>));
        Field(s => s.Sector, type: typeof(NonNullGraphType<SectorEnumGraphType>));
        Field(s => s.StaffCount);
        Field(s => s.Turnover, type: typeof(NonNullGraphType<MoneyInputGraphType>));
        Field(s => s.BalanceSheetTotal, type: typeof(NonNullGraphType<MoneyInputGraphType>));
        Field(s => s.LeadPartnerId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.Contacts, type: typeof(ListGraphType<NonNullGraphType<ContactInputGraphType>>)).DefaultValue(Array.Empty<ContactInput>());
    }
}
