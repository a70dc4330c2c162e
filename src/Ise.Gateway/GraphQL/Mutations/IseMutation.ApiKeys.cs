using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types.ApiKeys;
using Ise.Gateway.Security;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Mutations;

/// <summary>
/// Key management (secretariat): the gateway makes each secret, hands it out once and gives the
/// directory only its hash; then it refreshes its own snapshot so the change holds here at once (on
/// other gateways within their refresh interval). Every change is written to the gateway log.
/// </summary>
public sealed partial class IseMutation
{
    private void ApiKeyMutations()
    {
        Field<NonNullGraphType<IssuedApiKeyGraphType>>("createApiKey")
            .Description("Creates a key for a partner system or a person (secretariat). The secret is in the answer, and nowhere else.")
            .Argument<NonNullGraphType<CreateApiKeyInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat);
                var input = c.GetArgument<CreateApiKeyInput>("input");
                ApiKeyRules.CheckName(input.Name, "input.name");
                var scope = await RoleScopes.RequireFittingAsync(Grains(c), input.Role, input.Scope, "input.scope");
                var keyId = ApiKeyIds.New();
                var secret = ApiKeySecrets.New(keyId);
                var key = await Directory(c).CreateAsync(new CreateApiKey(keyId, ApiKeyStore.Hash(secret), input.Name, input.Role, scope, caller.Actor()));
                await c.RequestServices!.GetRequiredService<ApiKeyDirectoryRefresher>().RefreshAsync(c.CancellationToken);
                c.RequestServices!.GetRequiredService<ApiKeyAudit>().Created(caller.Actor(), key);
                return new IssuedApiKey(ApiKeyListing.Of(key, Now(c)), secret);
            });

        Field<NonNullGraphType<IssuedApiKeyGraphType>>("rotateApiKey")
            .Description("Replaces a directory key by a new one with the same name, role and scope (secretariat). The old key keeps working for graceMinutes (0 to 10080, default 0), then expires.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("graceMinutes", "Minutes the old key keeps working beside the new one (at most 7 days).", a => a.DefaultValue = 0)
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat);
                var id = RequireDirectoryKey(c, "rotated");
                var grace = TimeSpan.FromMinutes(c.GetArgument<int>("graceMinutes"));
                ApiKeyRules.CheckGrace(grace, "graceMinutes");
                var newKeyId = ApiKeyIds.New();
                var secret = ApiKeySecrets.New(newKeyId);
                var key = await Directory(c).RotateAsync(new RotateApiKey(id, newKeyId, ApiKeyStore.Hash(secret), grace, caller.Actor()));
                await c.RequestServices!.GetRequiredService<ApiKeyDirectoryRefresher>().RefreshAsync(c.CancellationToken);
                c.RequestServices!.GetRequiredService<ApiKeyAudit>().Rotated(caller.Actor(), id, key, grace);
                return new IssuedApiKey(ApiKeyListing.Of(key, Now(c)), secret);
            });

        Field<NonNullGraphType<ApiKeyGraphType>>("revokeApiKey")
            .Description("Ends a directory key at once (secretariat): refused on this gateway immediately, on the others within their refresh interval. Revoking a revoked key changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat);
                var id = RequireDirectoryKey(c, "revoked");
                var key = await Directory(c).RevokeAsync(id, caller.Actor());
                await c.RequestServices!.GetRequiredService<ApiKeyDirectoryRefresher>().RefreshAsync(c.CancellationToken);
                c.RequestServices!.GetRequiredService<ApiKeyAudit>().Revoked(caller.Actor(), key);
                return ApiKeyListing.Of(key, Now(c));
            });
    }

    private static IApiKeyDirectoryGrain Directory(IResolveFieldContext context) => Grains(context).GetGrain<IApiKeyDirectoryGrain>(IseKeys.ApiKeyDirectory);

    private static DateTimeOffset Now(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>The <c>id</c> argument, refused with CONFLICT when it names a configured or development key.</summary>
    private static string RequireDirectoryKey(IResolveFieldContext context, string what)
    {
        var id = context.GetArgument<string>("id");
        return context.RequestServices!.GetRequiredService<ApiKeyStore>().FindFixed(id) is { } fixedKey
            ? throw ApiError.Create(
                ErrorCodes.Conflict,
                fixedKey.Source == ApiKeySource.Configuration
                    ? $"Key {id} is configured (Ise:ApiKeys), not in the key directory: it cannot be {what} through the API. Change the configuration of every gateway instead."
                    : $"Key {id} is a development key of embedded mode: it cannot be {what}.",
                "id")
            : id;
    }
}
