using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types.ApiKeys;
using Ise.Gateway.Security;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Queries;

/// <summary>The API keys (secretariat): the directory's, then this gateway's configured and development keys.</summary>
public sealed partial class IseQuery
{
    private void ApiKeyQueries()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyGraphType>>>>("apiKeys")
            .Description("Every key (secretariat): the directory's, newest first, kept until 30 days after they end (at most 500); then this gateway's configured and development keys. Never a secret or hash.")
            .ResolveAsync(async c =>
            {
                c.RequireRole(IseRole.Secretariat);
                var services = c.RequestServices!;
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                var directory = await services.GetRequiredService<IGrainFactory>().GetGrain<IApiKeyDirectoryGrain>(IseKeys.ApiKeyDirectory).ListAsync();
                var fixedKeys = services.GetRequiredService<ApiKeyStore>().FixedKeys;
                return directory.Select(k => ApiKeyListing.Of(k, now)).Concat(fixedKeys.Select(ApiKeyListing.Of)).ToList();
            });
    }
}
