using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.People;

public sealed class CreatePersonAccountInputGraphType : InputObjectGraphType<CreatePersonAccountInput>
{
    public CreatePersonAccountInputGraphType()
    {
        Name = "CreatePersonAccountInput";
        Description = "A person's account: the email is the sign-in name (case and spaces ignored).";
        Field(i => i.Email);
        Field(i => i.DisplayName);
        Field(i => i.Role, type: typeof(NonNullGraphType<RoleEnumGraphType>));
        Field(i => i.Scope, nullable: true).Description("A partner id for partner staff and organisers, an event id for door staff, an SME id for a cluster member, none for the secretariat.");
    }
}
