using GraphQL.Types;
using Ise.Events;

namespace Ise.Gateway.GraphQL.Types;

public sealed class RefusedCodeGraphType : ObjectGraphType<RefusedCode>
{
    public RefusedCodeGraphType()
    {
        Name = "RefusedCode";
        Field(r => r.Code);
        Field(r => r.Reason);
    }
}
