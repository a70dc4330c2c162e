using GraphQL;
using Ise.Gateway.Security;
using Ise.PersonalData;

namespace Ise.Gateway.GraphQL.Errors;

/// <summary>
/// Records reads of personal data in the audit of the day, before the data leaves the gateway: a read
/// whose audit line cannot be written is not answered. Changes are audited by the SME grains.
/// </summary>
public static class PersonalDataAudit
{
    /// <summary>How the audit names a caller: its credential's name and role.</summary>
    public static string Actor(this IseCaller caller) => $"{caller.Name} [{caller.Role}]";

    public static async Task RecordAsync(IResolveFieldContext context, PersonalDataAction action, string smeId, IEnumerable<string> contactIds)
    {
        var caller = context.Caller();
        var time = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
        var entries = contactIds.Select(id => new PersonalDataAuditEntry(time, caller.Actor(), action, smeId, id, context.FieldDefinition.Name)).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var day = IseKeys.PersonalDataAuditDay(DateOnly.FromDateTime(time.UtcDateTime));
        await context.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IPersonalDataAuditGrain>(day).RecordAsync(entries);
    }
}
