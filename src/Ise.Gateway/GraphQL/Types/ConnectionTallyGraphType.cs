using GraphQL.Types;
using Ise.Connections;

namespace Ise.Gateway.GraphQL.Types;

public sealed class ConnectionTallyGraphType : ObjectGraphType<ConnectionTally>
{
    public ConnectionTallyGraphType()
    {
        Name = "ConnectionTally";
        Description = "Connections made, how many crossed a border, and the countries involved.";
        Field(t => t.Made);
        Field(t => t.CrossBorder);
        Field(t => t.Countries, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CountryEnumGraphType>>>));
    }
}
