using GraphQL.Types;
using Ise.PersonalData;

namespace Ise.Gateway.GraphQL.Types.PersonalData;

public sealed class PersonalDataActionEnumGraphType : EnumerationGraphType<PersonalDataAction>
{
    public PersonalDataActionEnumGraphType()
    {
        Name = "PersonalDataAction";
        Description = "What was done with a contact's personal data.";
    }
}
