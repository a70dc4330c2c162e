using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class MoneyGraphType : ObjectGraphType<Money>
{
    public MoneyGraphType()
    {
        Name = "Money";
        Field(m => m.Amount);
        Field(m => m.Currency, type: typeof(NonNullGraphType<CurrencyEnumGraphType>));
    }
}
