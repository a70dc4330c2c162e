using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.ApiKeys;

public sealed class IssuedApiKeyGraphType : ObjectGraphType<IssuedApiKey>
{
    public IssuedApiKeyGraphType()
    {
        Name = "IssuedApiKey";
        Description = "A new key and its secret. The secret is shown this once: only its SHA-256 is kept.";
        Field<NonNullGraphType<ApiKeyGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("secret").Description("Send it as X-Api-Key.").Resolve(c => c.Source.Secret);
    }
}
