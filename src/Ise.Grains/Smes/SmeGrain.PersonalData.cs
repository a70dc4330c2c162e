using Ise.Errors;
using Ise.Hosting;
using Ise.PersonalData;
using Ise.Validation;

namespace Ise.Smes;

/// <summary>
/// Personal data (DESIGN.md, Decisions: Personal data): rectification, erasure, subject access and
/// the retention rule. Every change is audited by a row of the SME's journal, stored before the change
/// itself, so no change is ever made without its audit line (a crash between the two writes leaves an
/// audit line for a change the caller was told failed; the retry records a second one).
/// </summary>
public sealed partial class SmeGrain
{
    /// <summary>The reminder of an SME that holds contacts: checks the retention rule.</summary>
    public const string RetentionReminderName = "contact-retention";

    private static readonly TimeSpan s_minimumReminderPeriod = TimeSpan.FromMinutes(1);

    public async Task<Contact> RectifyContactAsync(string contactId, ContactInput contact, string actor)
    {
        RequireProfile();
        var at = IndexOfContact(contactId);
        s_contactValidator.ValidateOrThrow(contact with { Consent = contact.Consent ?? _contacts.State.Contacts[at].Consent });
        var before = _contacts.State.Contacts[at];
        var after = new Contact(before.Id, contact.Name.Trim(), contact.Email?.Trim(), contact.Phone?.Trim(), contact.Consent ?? before.Consent);
        var changed = ChangedFields(before, after);
        if (changed.Count == 0)
        {
            return before;
        }

        await AuditAsync(AuditEntry(PersonalDataAction.Rectified, actor, contactId, string.Join(", ", changed)));
        _contacts.State.Contacts[at] = after;
        await WriteContactsAsync();
        return after;
    }

    public async Task<bool> EraseContactAsync(string contactId, string actor)
    {
        RequireProfile();
        if (_contacts.State.ErasedContactIds.Contains(contactId))
        {
            return false;
        }

        IndexOfContact(contactId);
        await AuditAsync(AuditEntry(PersonalDataAction.Erased, actor, contactId, null));
        Erase([contactId]);
        await WriteContactsAsync();
        return true;
    }

    public Task<SubjectAccessExport> ExportContactAsync(string contactId)
    {
        var profile = RequireProfile();
        var contact = _contacts.State.Contacts[IndexOfContact(contactId)];
        return Task.FromResult(new SubjectAccessExport(profile.Id, profile.Name, contact, _time.GetUtcNow()));
    }

    /// <summary>
    /// The retention rule: when the SME's newest journey entry is older than the configured retention,
    /// every contact is erased (each audited as <see cref="PersonalDataAction.ErasedByRetention"/>) and
    /// the reminder ends. Company data and the journey stay.
    /// </summary>
    private async Task ApplyRetentionAsync()
    {
        if (State.Profile is null || _contacts.State.Contacts.Count == 0)
        {
            await DropRetentionReminderAsync();
            return;
        }

        var journey = Journey();
        var lastEngagement = journey.Count > 0 ? journey.Max(e => e.OccurredAt) : State.Profile.RegisteredAt;
        if (_time.GetUtcNow() - lastEngagement < _personalData.ContactRetention)
        {
            return;
        }

        var ids = _contacts.State.Contacts.Select(c => c.Id).ToList();
        var detail = $"no engagement since {lastEngagement:yyyy-MM-dd} (retention {_personalData.ContactRetention.TotalDays:0} days)";
        await AuditAsync([.. ids.Select(id => AuditEntry(PersonalDataAction.ErasedByRetention, "retention rule", id, detail))]);
        Erase(ids);
        await WriteContactsAsync();
        await DropRetentionReminderAsync();
    }

    private async Task EnsureRetentionReminderAsync()
    {
        var period = _personalData.RetentionCheckPeriod < s_minimumReminderPeriod ? s_minimumReminderPeriod : _personalData.RetentionCheckPeriod;
        await this.RegisterOrUpdateReminder(RetentionReminderName, period, period);
    }

    private Task DropRetentionReminderAsync() => this.DropReminderAsync(RetentionReminderName);

    private PersonalDataAuditEntry AuditEntry(PersonalDataAction action, string actor, string contactId, string? detail) =>
        new(_time.GetUtcNow(), actor, action, Id, contactId, detail);

    /// <summary>Stores the audit of a change before the change itself.</summary>
    private Task AuditAsync(params PersonalDataAuditEntry[] entries) =>
        RaiseAndConfirmAsync(new SmePersonalDataAudited(Guid.NewGuid(), _time.GetUtcNow(), entries));

    private async Task WriteContactsAsync()
    {
        try
        {
            await _contacts.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private void Erase(IReadOnlyCollection<string> contactIds)
    {
        _contacts.State.Contacts.RemoveAll(c => contactIds.Contains(c.Id));
        _contacts.State.ErasedContactIds.AddRange(contactIds.Where(id => !_contacts.State.ErasedContactIds.Contains(id)));
    }

    private int IndexOfContact(string contactId)
    {
        var at = _contacts.State.Contacts.FindIndex(c => c.Id == contactId);
        if (at >= 0)
        {
            return at;
        }

        var sme = Id;
        throw _contacts.State.ErasedContactIds.Contains(contactId)
            ? IseException.NotFound("contactId", $"Contact {contactId} of SME {sme} was erased.")
            : IseException.NotFound("contactId", $"SME {sme} has no contact {contactId}.");
    }

    private static List<string> ChangedFields(Contact before, Contact after)
    {
        var changed = new List<string>();
        if (before.Name != after.Name)
        {
            changed.Add("name");
        }

        if (before.Email != after.Email)
        {
            changed.Add("email");
        }

        if (before.Phone != after.Phone)
        {
            changed.Add("phone");
        }

        if (before.Consent != after.Consent)
        {
            changed.Add("consent");
        }

        return changed;
    }
}
