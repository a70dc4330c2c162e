using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class MoneyInputGraphType : InputObjectGraphType<Money>
{
    public MoneyInputGraphType()
    {
        Name = "MoneyInput";
        Field(m => m.Amount);
        Field(m => m.Currency, type: typeof(NonNullGraphType<CurrencyEnumGraphType>));
    }
}
