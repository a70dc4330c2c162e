using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Transport;
using Ise.Gateway.GraphQL.TrustedDocuments;
using Ise.Gateway.GraphQL.Types.TrustedDocuments;
using Ise.Gateway.Security;
using Ise.Security;
using Ise.TrustedDocuments;

namespace Ise.Gateway.GraphQL.Mutations;

/// <summary>
/// Trusted documents (secretariat): the directory keeps each with who registered it and when (and who revoked
/// it, when), and the gateway log records each change; this gateway applies it at once, the others within their
/// refresh interval.
/// </summary>
public sealed partial class IseMutation
{
    private void TrustedDocumentMutations()
    {
        Field<NonNullGraphType<TrustedDocumentGraphType>>("registerTrustedDocument")
            .Description("Trusts a GraphQL document (secretariat), which clients may then send by its id. The document must pass the pre-check every request passes and run against this schema (variables' values come with each request). Registering a text already trusted returns its first registration; registering a revoked one trusts it again.")
            .Argument<NonNullGraphType<RegisterTrustedDocumentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat);
                var input = c.GetArgument<RegisterTrustedDocumentInput>("input");
                var precheck = DocumentPrecheck.Check(input.Document);
                if (precheck.Document is null)
                {
                    throw ApiError.Invalid("input.document", precheck.Problem ?? "The document is not GraphQL: it does not parse.");
                }

                var services = c.RequestServices!;
                if (await TrustedDocumentSchemaCheck.ProblemAsync(c.Schema, precheck.Document, services, c.CancellationToken) is { } invalid)
                {
                    throw ApiError.Invalid("input.document", invalid);
                }

                var document = await Grains(c).GetGrain<ITrustedDocumentDirectoryGrain>(IseKeys.TrustedDocumentDirectory)
                    .RegisterAsync(new RegisterTrustedDocument(input.Name, input.Description, input.Document, caller.Actor()));
                await services.GetRequiredService<TrustedDocumentRefresher>().RefreshAsync(c.CancellationToken);
                services.GetRequiredService<TrustedDocumentAudit>().Registered(caller.Actor(), document);
                return document;
            });

        Field<NonNullGraphType<TrustedDocumentGraphType>>("revokeTrustedDocument")
            .Description("Stops trusting a registered document (secretariat): requests sending its id are refused from now on, on this gateway at once, on the others within their refresh interval. It stays listed with who revoked it and when; revoking it again changes nothing. The workspace pages' documents are built with the pages and cannot be revoked here.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat);
                var id = c.GetArgument<string>("id");
                var services = c.RequestServices!;
                if (services.GetRequiredService<TrustedDocumentStore>().Pages.ContainsKey(id))
                {
                    throw ApiError.Create(ErrorCodes.Conflict, $"{id} is a document of the workspace pages, trusted because the gateway was built with it: it goes when the page that sends it changes.", "id");
                }

                var document = await Grains(c).GetGrain<ITrustedDocumentDirectoryGrain>(IseKeys.TrustedDocumentDirectory).RevokeAsync(id, caller.Actor());
                await services.GetRequiredService<TrustedDocumentRefresher>().RefreshAsync(c.CancellationToken);
                services.GetRequiredService<TrustedDocumentAudit>().Revoked(caller.Actor(), document);
                return document;
            });
    }
}
