using Ise.Errors;
using Ise.Events;
using Ise.Programme;

namespace Ise.Security;

/// <summary>
/// What a key of the directory may be: a non-empty bounded name, a scope that fits its role (none for
/// the secretariat, a programme partner for partner staff and organisers, an event id for door staff,
/// an SME id for cluster members), a bounded rotation grace. Checked at the gateway and again by the grain.
/// Whether the event or SME exists is the gateway's check (it reads those grains; the directory does not).
/// </summary>
public static class ApiKeyRules
{
    public const int MaxNameLength = 100;

    /// <summary>The longest a rotated key keeps working beside its successor.</summary>
    public static readonly TimeSpan MaxGrace = TimeSpan.FromDays(7);

    public static void CheckName(string? name, string field)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw IseException.Invalid(field, $"{field} is required (a label saying whose key it is).");
        }

        if (name.Trim().Length > MaxNameLength)
        {
            throw IseException.Invalid(field, $"{field} is longer than {MaxNameLength} characters.");
        }

        if (name.Any(char.IsControl))
        {
            throw IseException.Invalid(field, $"{field} contains control characters.");
        }
    }

    public static void CheckScope(IseRole role, string? scope, string field)
    {
        var problem = role switch
        {
            IseRole.Secretariat when !string.IsNullOrEmpty(scope) => "the secretariat has no scope: leave scope empty.",
            IseRole.Secretariat => null,
            IseRole.PartnerStaff or IseRole.EventOrganiser when scope is null || !ProgrammeCatalog.IsPartner(scope) =>
                $"{role} needs a partner id as scope; '{scope}' is not one of the programme's partners.",
            IseRole.DoorStaff when !EventIds.IsWellFormed(scope) => $"DoorStaff needs an event id as scope (ev-…); '{scope}' is not one.",
            IseRole.ClusterMember when scope is null || !IseKeys.TryCountryOfSme(scope, out _) =>
                $"ClusterMember needs an SME id as scope (COUNTRY-companyId, e.g. FR-732829320); '{scope}' is not one.",
            IseRole.PartnerStaff or IseRole.EventOrganiser or IseRole.DoorStaff or IseRole.ClusterMember => null,
            _ => $"role {role} is not a role of the platform.",
        };
        if (problem is not null)
        {
            throw IseException.Invalid(field, $"{field}: {problem}");
        }
    }

    public static void CheckGrace(TimeSpan grace, string field)
    {
        if (grace < TimeSpan.Zero || grace > MaxGrace)
        {
            throw IseException.Invalid(field, $"{field} must be between 0 and {MaxGrace.TotalMinutes:0} minutes (7 days).");
        }
    }
}
