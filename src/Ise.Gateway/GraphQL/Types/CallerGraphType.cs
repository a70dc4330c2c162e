using GraphQL.Types;
using Ise.Gateway.Security;

namespace Ise.Gateway.GraphQL.Types;

public sealed class CallerGraphType : ObjectGraphType<IseCaller>
{
    public CallerGraphType()
    {
        Name = "Caller";
        Description = "Who the API key belongs to: its role and what the role applies to.";
        Field(c => c.Name);
        Field(c => c.Role, type: typeof(NonNullGraphType<RoleEnumGraphType>));
        Field(c => c.Scope, nullable: true).Description("Partner id, event id or SME id; none for the secretariat.");
    }
}
