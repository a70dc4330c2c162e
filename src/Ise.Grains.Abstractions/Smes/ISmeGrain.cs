using Ise.Effects;

namespace Ise.Smes;

/// <summary>
/// One SME (key: <see cref="IseKeys.Sme"/> or <see cref="IseKeys.NewProvisionalSme"/>): its profile,
/// contacts (the only personal data), journey and stage. The only writer of them.
/// </summary>
public interface ISmeGrain : IEffectReceiver
{
    /// <summary>Registers the firm, or returns the SME it already is (same firm, another partner).</summary>
    Task<SmeRegistration> RegisterAsync(RegisterSme command);

    /// <summary>The SME; <c>NOT_FOUND</c> when it was never registered.</summary>
    Task<SmeView> GetAsync();

    Task<bool> ExistsAsync();

    /// <summary>The SME with its journey, or null when it was never registered.</summary>
    Task<SmeDetails?> FindDetailsAsync();

    /// <summary>Records a contact with the consent that allows holding their details (audited as done by <paramref name="actor"/>).</summary>
    Task<Contact> AddContactAsync(ContactInput contact, string actor);

    /// <summary>Rectification: replaces a contact's details (and consent, when given); audited.</summary>
    Task<Contact> RectifyContactAsync(string contactId, ContactInput contact, string actor);

    /// <summary>
    /// Erasure: removes the contact's record from the SME's contact state (and so from storage);
    /// audited. True when erased now, false when it had been erased before; <c>NOT_FOUND</c> for an
    /// id the SME never had.
    /// </summary>
    Task<bool> EraseContactAsync(string contactId, string actor);

    /// <summary>Subject access: everything held about one contact.</summary>
    Task<Ise.PersonalData.SubjectAccessExport> ExportContactAsync(string contactId);

    Task<IReadOnlyList<JourneyEntry>> GetJourneyAsync();

    Task<IReadOnlyList<Contact>> GetContactsAsync();

    /// <summary>
    /// Joins the sector's cluster (recorded in the journey; the SME becomes a cluster member), on
    /// <paramref name="occurredOn"/> (a local date of the SME's region; today when null) as recorded by
    /// <paramref name="recordedBy"/>. A backdated join or leave is refused before the SME's latest join
    /// or leave of that cluster, in the future, or before the programme started.
    /// </summary>
    Task<SmeView> JoinClusterAsync(Ise.Programme.Sector sector, DateOnly? occurredOn = null, string? recordedBy = null);

    Task<SmeView> LeaveClusterAsync(Ise.Programme.Sector sector, DateOnly? occurredOn = null, string? recordedBy = null);

    /// <summary>Merges this provisional SME into a real one: its journey and counts move there (audited).</summary>
    Task<SmeView> MergeIntoAsync(string targetSmeId, string actor);
}
