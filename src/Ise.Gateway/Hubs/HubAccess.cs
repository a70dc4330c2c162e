using System.Security.Claims;
using Ise.Errors;
using Ise.Events;
using Ise.Gateway.Security;
using Ise.Programme;
using Ise.Security;
using Ise.Smes;
using Microsoft.AspNetCore.SignalR;

namespace Ise.Gateway.Hubs;

/// <summary>
/// The foundation's role and scope checks applied to joining a group: whoever may check people in
/// at an event may watch it (door staff only their own event); whoever may read a cluster's feed may
/// follow it (members only their own clusters). Refusals are hub errors that say why, prefixed with
/// the API's error codes.
/// </summary>
public static class HubAccess
{
    public const int MaxIdLength = 200;

    public static async Task<EventView> RequireEventAsync(ClaimsPrincipal? user, IGrainFactory grains, string? eventId)
    {
        var caller = Caller(user);
        if (string.IsNullOrWhiteSpace(eventId) || eventId.Length > MaxIdLength)
        {
            throw new HubException($"VALIDATION: eventId must be an event id (1 to {MaxIdLength} characters).");
        }

        if (!EventIds.IsWellFormed(eventId))
        {
            throw new HubException($"NOT_FOUND: No event '{eventId}'.");
        }

        EventView @event;
        try
        {
            @event = await grains.GetGrain<IEventGrain>(eventId).GetAsync();
        }
        catch (IseException e) when (e.Code == IseErrorCode.NotFound)
        {
            throw new HubException($"NOT_FOUND: No event '{eventId}'.");
        }

        return caller.ActsForEvent(@event.Id, @event.Definition.HostPartnerId)
            ? @event
            : throw new HubException($"FORBIDDEN: {caller.Role} {caller.Scope} has no access to event {eventId}.");
    }

    public static async Task<Sector> RequireClusterAsync(ClaimsPrincipal? user, IGrainFactory grains, string? sector)
    {
        var caller = Caller(user);
        if (string.IsNullOrWhiteSpace(sector) || sector.Length > MaxIdLength)
        {
            throw new HubException($"VALIDATION: sector must be a sector's slug (1 to {MaxIdLength} characters).");
        }

        if (!ProgrammeCatalog.TryFindSector(sector, out var found))
        {
            throw new HubException($"NOT_FOUND: No cluster for sector '{sector}' (one of {string.Join(", ", ProgrammeCatalog.Sectors.Select(s => s.Slug))}).");
        }

        if (caller.Role == IseRole.ClusterMember)
        {
            var details = await grains.GetGrain<ISmeGrain>(caller.Scope!).FindDetailsAsync();
            if (details is null || !ClusterMemberships.Current(details.Journey).Contains(sector))
            {
                throw new HubException($"FORBIDDEN: SME {caller.Scope} is not a member of the {sector} cluster.");
            }
        }
        else if (caller.Role is not (IseRole.Secretariat or IseRole.PartnerStaff))
        {
            throw new HubException($"FORBIDDEN: {caller.Role} cannot follow cluster feeds.");
        }

        return found;
    }

    private static IseCaller Caller(ClaimsPrincipal? user) =>
        user is not null && IseCaller.From(user) is { } caller
            ? caller
            : throw new HubException("FORBIDDEN: send an API key.");
}
