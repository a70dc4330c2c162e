using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types.TrustedDocuments;
using Ise.Security;
using Ise.TrustedDocuments;

namespace Ise.Gateway.GraphQL.Queries;

/// <summary>The trusted documents the secretariat registered (the pages' own are built into the gateway).</summary>
public sealed partial class IseQuery
{
    private void TrustedDocumentQueries()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustedDocumentGraphType>>>>("trustedDocuments")
            .Description($"Every registered trusted document (secretariat), newest first (at most {TrustedDocumentDirectoryGrain.MaxDocuments}). The workspace pages' documents are trusted too but built into the gateway, not listed here.")
            .ResolveAsync(async c =>
            {
                c.RequireRole(IseRole.Secretariat);
                return await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<ITrustedDocumentDirectoryGrain>(IseKeys.TrustedDocumentDirectory).ListAsync();
            });
    }
}
