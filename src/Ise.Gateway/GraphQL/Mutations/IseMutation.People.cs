using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types;
using Ise.Gateway.GraphQL.Types.People;
using Ise.Gateway.Security;
using Ise.Security;
using Microsoft.AspNetCore.Authentication;

namespace Ise.Gateway.GraphQL.Mutations;

/// <summary>
/// People's accounts: the secretariat creates them, resets passwords, disables and enables them and
/// changes roles (each change that must end sessions does); a signed-in person changes their own password.
/// </summary>
public sealed partial class IseMutation
{
    private void PeopleMutations()
    {
        Field<NonNullGraphType<IssuedPasswordGraphType>>("createPersonAccount")
            .Description("Creates a person's account (secretariat) with a generated one-time password, returned this once.")
            .Argument<NonNullGraphType<CreatePersonAccountInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat);
                var input = c.GetArgument<CreatePersonAccountInput>("input");
                var (account, password) = await People(c).CreateAsync(input.Email, input.DisplayName, input.Role, input.Scope, caller.Actor());
                return new IssuedPassword(account, password);
            });

        Field<NonNullGraphType<IssuedPasswordGraphType>>("resetPersonPassword")
            .Description("Gives the account a new generated password (secretariat), returned this once; the person's open sessions end and a lockout is lifted.")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .ResolveAsync(async c =>
            {
                c.RequireRole(IseRole.Secretariat);
                var (account, password) = await People(c).ResetPasswordAsync(c.GetArgument<string>("email"));
                return new IssuedPassword(account, password);
            });

        Field<NonNullGraphType<PersonAccountGraphType>>("disablePersonAccount")
            .Description("Refuses every sign-in of the account (secretariat); its open sessions end within the validation interval.")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .ResolveAsync(async c =>
            {
                c.RequireRole(IseRole.Secretariat);
                return await SetDisabledAsync(c, disabled: true);
            });

        Field<NonNullGraphType<PersonAccountGraphType>>("enablePersonAccount")
            .Description("Lets a disabled account sign in again (secretariat).")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .ResolveAsync(async c =>
            {
                c.RequireRole(IseRole.Secretariat);
                return await SetDisabledAsync(c, disabled: false);
            });

        Field<NonNullGraphType<PersonAccountGraphType>>("changePersonRole")
            .Description("Gives the account another role and scope (secretariat); its open sessions end.")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .Argument<NonNullGraphType<RoleEnumGraphType>>("role")
            .Argument<StringGraphType>("scope")
            .ResolveAsync(async c =>
            {
                c.RequireRole(IseRole.Secretariat);
                return await People(c).ChangeRoleAsync(c.GetArgument<string>("email"), c.GetArgument<IseRole>("role"), c.GetArgument<string?>("scope"));
            });

        Field<NonNullGraphType<PersonAccountGraphType>>("changeMyPassword")
            .Description($"The signed-in person's own password change: the current one must be right, the new one has {PersonPasswords.MinLength} to {PersonPasswords.MaxLength} characters. Other sessions of the account end; this one goes on.")
            .Argument<NonNullGraphType<StringGraphType>>("currentPassword")
            .Argument<NonNullGraphType<StringGraphType>>("newPassword")
            .ResolveAsync(async c =>
            {
                var caller = c.Caller();
                if (c.User is not { } user || !PersonPrincipal.IsPerson(user))
                {
                    throw ApiError.Forbidden("changeMyPassword is for a person signed in at /signin; an API key has no password.");
                }

                var changed = await People(c).ChangePasswordAsync(caller.Name, c.GetArgument<string>("currentPassword"), c.GetArgument<string>("newPassword"));
                var http = c.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext!;
                var properties = new AuthenticationProperties { AllowRefresh = true };
                PersonCookieEvents.Stamp(properties, c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow());
                await http.SignInAsync(PersonCookie.SchemeName, PersonPrincipal.Create(changed.Account, changed.SecurityStamp), properties);
                return changed.Account;
            });
    }

    private static PersonAccounts People(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PersonAccounts>();

    private static async Task<PersonAccountView> SetDisabledAsync(IResolveFieldContext context, bool disabled)
    {
        var account = People(context).Account(context.GetArgument<string>("email"));
        await account.GetAsync();
        return await account.SetDisabledAsync(disabled);
    }
}
