namespace Ise.Security;

/// <summary>What a caller is, which decides what it may do; its scope says on what.</summary>
[GenerateSerializer]
public enum IseRole
{
    /// <summary>Programme secretariat (lead partner): everything.</summary>
    Secretariat = 0,

    /// <summary>Staff of a partner organisation; scope: the partner id.</summary>
    PartnerStaff = 1,

    /// <summary>Organiser of events; scope: the partner id the events belong to.</summary>
    EventOrganiser = 2,

    /// <summary>Check-in at the door of one event; scope: the event id.</summary>
    DoorStaff = 3,

    /// <summary>A member of a sector cluster; scope: the member's SME id.</summary>
    ClusterMember = 4,
}
