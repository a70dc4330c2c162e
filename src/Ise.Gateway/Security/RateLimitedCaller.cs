using Ise.Budgets;

namespace Ise.Gateway.Security;

/// <summary>
/// Who a limit counts a request against: an API key (its name, role and scope, so a rotated key and its
/// successor share one budget), a signed-in person (their email), or an address without credentials.
/// </summary>
/// <remarks><see cref="Description"/> names the caller in a refusal's message: "the API key of …", an email, "this address".</remarks>
public sealed record RateLimitedCaller(CallerKind Kind, string Id, string Description)
{
    /// <summary>The key of the caller's budget grain (<see cref="ICallerBudgetGrain"/>), also the partition of the request limiter.</summary>
    public string BudgetKey => IseKeys.CallerBudget(
        Kind switch
        {
            CallerKind.ApiKey => "key",
            CallerKind.Person => "person",
            _ => "address",
        },
        Id);

    public static RateLimitedCaller From(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (IseCaller.From(http.User) is { } caller)
        {
            return PersonPrincipal.IsPerson(http.User)
                ? new RateLimitedCaller(CallerKind.Person, caller.Name, caller.Name)
                : new RateLimitedCaller(CallerKind.ApiKey, $"{caller.Name}|{caller.Role}|{caller.Scope}", $"the API key of {caller.Name}");
        }

        return new RateLimitedCaller(CallerKind.Anonymous, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", "this address");
    }

    /// <summary>The points this caller may spend on GraphQL in a window.</summary>
    public long PointsPerWindow(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Kind switch
        {
            CallerKind.ApiKey => options.ApiKeyPointsPerWindow,
            CallerKind.Person => options.PersonPointsPerWindow,
            _ => options.AnonymousPointsPerWindow,
        };
    }
}
