namespace Ise.Smes;

/// <summary>
/// The one place personal data lives: the SME's contacts. Kept in a state of its own so that
/// erasure removes exactly this row and nothing else refers to people but by contact id.
/// </summary>
[GenerateSerializer, Alias("ise.sme-contacts-state")]
public sealed class SmeContactsState
{
    [Id(0)]
    public List<Contact> Contacts { get; set; } = [];

    [Id(1)]
    public int NextContactNumber { get; set; } = 1;

    /// <summary>Ids of erased contacts (ids only: journeys and registrations may still name them).</summary>
    [Id(2)]
    public List<string> ErasedContactIds { get; set; } = [];
}
