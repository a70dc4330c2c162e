using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class SmeRegistrationResultGraphType : ObjectGraphType<(SmeDetails Sme, bool Created)>
{
    public SmeRegistrationResultGraphType()
    {
        Name = "SmeRegistrationResult";
        Description = "The SME, and whether this request registered it or found the firm already registered.";
        Field<NonNullGraphType<SmeGraphType>>("sme").Resolve(c => c.Source.Sme);
        Field<NonNullGraphType<BooleanGraphType>>("created").Resolve(c => c.Source.Created);
    }
}
