using GraphQL.Types;
using Ise.Gateway.GraphQL.Mutations;
using Ise.Gateway.GraphQL.Queries;

namespace Ise.Gateway.GraphQL;

/// <summary>The partners' API. A singleton: types hold no request state (that lives in the scoped data loaders).</summary>
public sealed class IseSchema : Schema
{
    public IseSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<IseQuery>();
        Mutation = services.GetRequiredService<IseMutation>();
    }
}
