using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class ConsentInputGraphType : InputObjectGraphType<ConsentRecord>
{
    public ConsentInputGraphType()
    {
        Name = "ConsentInput";
        Description = "The consent under which a person's details are held: its version, date and language.";
        Field(c => c.Version);
        Field(c => c.GivenOn, type: typeof(NonNullGraphType<DateOnlyGraphType>));
        Field(c => c.Language, type: typeof(NonNullGraphType<LanguageEnumGraphType>));
    }
}
