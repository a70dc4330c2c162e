using GraphQL.Types;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Types.People;

/// <summary>A person's account as the secretariat manages it (never its password hash).</summary>
public sealed class PersonAccountGraphType : ObjectGraphType<PersonAccountView>
{
    public PersonAccountGraphType()
    {
        Name = "PersonAccount";
        Description = "A person who signs in to the dashboards: role and scope as for an API key.";
        Field(a => a.Email);
        Field(a => a.DisplayName);
        Field(a => a.Role, type: typeof(NonNullGraphType<RoleEnumGraphType>));
        Field(a => a.Scope, nullable: true).Description("Partner id, event id or SME id; none for the secretariat.");
        Field(a => a.Disabled).Description("A disabled account cannot sign in; its open sessions ended.");
        Field(a => a.CreatedAt);
        Field(a => a.CreatedBy);
        Field(a => a.LockedUntil, nullable: true).Description("Set while too many wrong passwords lock the account.");
    }
}
