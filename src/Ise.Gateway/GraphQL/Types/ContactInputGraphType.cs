using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class ContactInputGraphType : InputObjectGraphType<ContactInput>
{
    public ContactInputGraphType()
    {
        Name = "ContactInput";
        Field(c => c.Name);
        Field(c => c.Email, nullable: true);
        Field(c => c.Phone, nullable: true);
        Field(c => c.Consent, type: typeof(ConsentInputGraphType)).Description("Required: contact details are kept only with recorded consent.");
    }
}
