using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.ApiKeys;

public sealed class ApiKeyGraphType : ObjectGraphType<ApiKeyListing>
{
    public ApiKeyGraphType()
    {
        Name = "ApiKey";
        Description = "An API key's metadata (never its secret or hash). Keys sent as ise_{id}_{secret} name their id.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Identity.KeyId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Identity.Name);
        Field<NonNullGraphType<RoleEnumGraphType>>("role").Resolve(c => c.Source.Identity.Role);
        Field<StringGraphType>("scope").Resolve(c => c.Source.Identity.Scope);
        Field<NonNullGraphType<ApiKeySourceEnumGraphType>>("source").Resolve(c => c.Source.Identity.Source);
        Field<NonNullGraphType<ApiKeyStatusEnumGraphType>>("status").Resolve(c => c.Source.Status);
        Field<DateTimeOffsetGraphType>("createdAt").Description("Directory keys only.").Resolve(c => c.Source.Directory?.CreatedAt);
        Field<StringGraphType>("createdBy").Resolve(c => c.Source.Directory?.CreatedBy);
        Field<IdGraphType>("rotatedFromId").Description("The key this one replaced.").Resolve(c => c.Source.Directory?.RotatedFromId);
        Field<IdGraphType>("rotatedToId").Description("The key that replaced this one.").Resolve(c => c.Source.Directory?.RotatedToId);
        Field<DateTimeOffsetGraphType>("expiresAt").Description("End of a rotated key's grace period.").Resolve(c => c.Source.Directory?.ExpiresAt);
        Field<DateTimeOffsetGraphType>("revokedAt").Resolve(c => c.Source.Directory?.RevokedAt);
        Field<StringGraphType>("revokedBy").Resolve(c => c.Source.Directory?.RevokedBy);
    }
}
