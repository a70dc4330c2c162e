using Ise.Errors;
using Ise.Events;
using Ise.Programme;
using Ise.Security;
using Ise.Smes;

namespace Ise.Gateway.Security;

/// <summary>
/// Checks that a scope fits its role: none for the secretariat, a programme partner for partner staff
/// and event organisers, an existing event for door staff, an existing SME for a cluster member.
/// People's accounts and directory API keys are both checked here; ids of the wrong form are refused
/// before any grain is asked.
/// </summary>
public static class RoleScopes
{
    public const int MaxScopeLength = 200;

    /// <summary>The scope to store (trimmed, null when empty), or a <c>VALIDATION</c> refusal naming <paramref name="field"/>.</summary>
    public static async Task<string?> RequireFittingAsync(IGrainFactory grains, IseRole role, string? scope, string field)
    {
        var trimmed = string.IsNullOrWhiteSpace(scope) ? null : scope.Trim();
        if (trimmed is { Length: > MaxScopeLength })
        {
            throw IseException.Invalid(field, $"{field}: A scope has at most {MaxScopeLength} characters.");
        }

        switch (role)
        {
            case IseRole.Secretariat when trimmed is not null:
                throw IseException.Invalid(field, $"{field}: The secretariat acts for the whole programme: give no scope.");
            case IseRole.Secretariat:
                return null;
            case IseRole.PartnerStaff or IseRole.EventOrganiser when trimmed is null || !ProgrammeCatalog.IsPartner(trimmed):
                throw IseException.Invalid(field, $"{field}: {role} needs a partner id as scope, one of: {string.Join(", ", ProgrammeCatalog.Partners.Select(p => p.Id))}.");
            case IseRole.DoorStaff when trimmed is null || !EventIds.IsWellFormed(trimmed) || !await ExistsAsync(() => grains.GetGrain<IEventGrain>(trimmed).GetAsync()):
                throw IseException.Invalid(field, $"{field}: DoorStaff needs the id of an existing event as scope; there is no event '{trimmed}'.");
            case IseRole.ClusterMember when trimmed is null || !IseKeys.TryCountryOfSme(trimmed, out _) || !await ExistsAsync(() => grains.GetGrain<ISmeGrain>(trimmed).GetAsync()):
                throw IseException.Invalid(field, $"{field}: ClusterMember needs the id of an existing SME as scope; there is no SME '{trimmed}'.");
            case IseRole.PartnerStaff or IseRole.EventOrganiser or IseRole.DoorStaff or IseRole.ClusterMember:
                return trimmed;
            default:
                throw IseException.Invalid(field, $"{field}: Unknown role {role}.");
        }
    }

    private static async Task<bool> ExistsAsync<T>(Func<Task<T>> read)
    {
        try
        {
            await read();
            return true;
        }
        catch (IseException e) when (e.Code is IseErrorCode.NotFound or IseErrorCode.Validation)
        {
            return false;
        }
    }
}
