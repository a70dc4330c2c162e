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
/// Trusted documents (secretariat): the directory keeps each with who registered it and when, and the
/// gateway log records the registration; this gateway trusts it at once, the others within their refresh interval.
/// </summary>
public sealed partial class IseMutation
{
    private void TrustedDocumentMutations()
    {
        Field<NonNullGraphType<TrustedDocumentGraphType>>("registerTrustedDocument")
            .Description("Trusts a GraphQL document (secretariat), which clients may then send by its id. The document must pass the pre-check every request passes. Registering a text already trusted returns its first registration.")
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
                var document = await Grains(c).GetGrain<ITrustedDocumentDirectoryGrain>(IseKeys.TrustedDocumentDirectory)
                    .RegisterAsync(new RegisterTrustedDocument(input.Name, input.Description, input.Document, caller.Actor()));
                await services.GetRequiredService<TrustedDocumentRefresher>().RefreshAsync(c.CancellationToken);
                services.GetRequiredService<TrustedDocumentAudit>().Registered(caller.Actor(), document);
                return document;
            });
    }
}
