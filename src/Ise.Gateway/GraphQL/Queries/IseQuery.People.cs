using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types.People;
using Ise.Gateway.Security;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Queries;

/// <summary>The secretariat's list of people who sign in.</summary>
public sealed partial class IseQuery
{
    private void PeopleQueries()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonAccountGraphType>>>>("personAccounts")
            .Description("Every person's account (secretariat), in the order they were created.")
            .ResolveAsync(async c =>
            {
                c.RequireRole(IseRole.Secretariat);
                return await c.RequestServices!.GetRequiredService<PersonAccounts>().ListAsync();
            });
    }
}
