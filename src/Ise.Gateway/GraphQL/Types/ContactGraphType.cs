using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class ContactGraphType : ObjectGraphType<Contact>
{
    public ContactGraphType()
    {
        Name = "Contact";
        Description = "A person at the SME (personal data, held with recorded consent).";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.Name);
        Field(c => c.Email, nullable: true);
        Field(c => c.Phone, nullable: true);
        Field<NonNullGraphType<StringGraphType>>("consentVersion").Resolve(c => c.Source.Consent.Version);
        Field<NonNullGraphType<DateOnlyGraphType>>("consentGivenOn").Resolve(c => c.Source.Consent.GivenOn);
        Field<NonNullGraphType<LanguageEnumGraphType>>("consentLanguage").Resolve(c => c.Source.Consent.Language);
    }
}
