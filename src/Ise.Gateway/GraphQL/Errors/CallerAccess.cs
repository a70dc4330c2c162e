using GraphQL;
using Ise.Gateway.Security;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Errors;

/// <summary>
/// The role and scope checks every field and mutation makes (the foundation's policies, applied to
/// the resource at hand). A refusal is a FORBIDDEN error that says what the caller lacks.
/// </summary>
public static class CallerAccess
{
    public static IseCaller Caller(this IResolveFieldContext context) =>
        context.User is { } user && IseCaller.From(user) is { } caller
            ? caller
            : throw ApiError.Forbidden("Sign in at /signin or send an API key (header X-Api-Key) to use the API.");

    public static IseCaller RequireRole(this IResolveFieldContext context, params IseRole[] roles)
    {
        var caller = context.Caller();
        return roles.Contains(caller.Role)
            ? caller
            : throw ApiError.Forbidden($"{context.FieldDefinition.Name} is not allowed for the role {caller.Role}.");
    }

    /// <summary>The caller's view of the indicators (<see cref="Indicators.IndicatorScope"/>); refused for roles without one.</summary>
    public static Indicators.IndicatorScope RequireIndicatorScope(this IResolveFieldContext context) =>
        Indicators.IndicatorScope.Of(context.Caller()) ?? throw ApiError.Forbidden("Indicators are for the secretariat and partner staff.");

    public static void RequirePartner(this IseCaller caller, string partnerId, string what)
    {
        if (!caller.ActsForPartner(partnerId))
        {
            throw ApiError.Forbidden($"{caller.Role} {caller.Scope} does not act for partner {partnerId}: {what} is not allowed.");
        }
    }

    public static void RequireEvent(this IseCaller caller, string eventId, string hostPartnerId, string what)
    {
        if (!caller.ActsForEvent(eventId, hostPartnerId))
        {
            throw ApiError.Forbidden($"{caller.Role} {caller.Scope} has no access to event {eventId}: {what} is not allowed.");
        }
    }

    /// <summary>Refuses door staff another event than their own, before anything is read (so its existence is not revealed either).</summary>
    public static void RequireSeesEvent(this IseCaller caller, string eventId)
    {
        if (!caller.SeesEvent(eventId))
        {
            throw ApiError.Forbidden($"Door staff of event {caller.Scope} see that event only, not {eventId}.");
        }
    }

    /// <summary>Who sees an SME in full: the secretariat, partners that lead or served it, and its own members.</summary>
    public static bool CanSeeSme(this IseCaller caller, string smeId, IReadOnlyList<string> servingPartnerIds) =>
        caller.IsSecretariat
        || (caller.Role == IseRole.PartnerStaff && caller.Scope is { } partner && servingPartnerIds.Contains(partner))
        || (caller.Role == IseRole.ClusterMember && caller.Scope == smeId);
}
