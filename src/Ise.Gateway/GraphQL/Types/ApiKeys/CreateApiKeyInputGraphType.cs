using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.ApiKeys;

public sealed class CreateApiKeyInputGraphType : InputObjectGraphType<CreateApiKeyInput>
{
    public CreateApiKeyInputGraphType()
    {
        Name = "CreateApiKeyInput";
        Field(k => k.Name).Description("Whose key it is, e.g. \"ADITEC CRM export\" (1–100 characters).");
        Field(k => k.Role, type: typeof(NonNullGraphType<RoleEnumGraphType>));
        Field(k => k.Scope, nullable: true)
            .Description("Partner id (PartnerStaff, EventOrganiser), event id (DoorStaff) or SME id (ClusterMember); none for the secretariat.");
    }
}
