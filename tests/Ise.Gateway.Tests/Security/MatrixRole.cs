namespace Ise.Gateway.Tests.Security;

/// <summary>
/// The callers of the authorization matrix: every role of the foundation, once with a scope that
/// covers the resource under test ("own") and once with one that does not ("other").
/// </summary>
public enum MatrixRole
{
    Anonymous,
    Secretariat,

    /// <summary>Staff of the partner that leads the SME or hosts the event under test.</summary>
    PartnerOwn,
    PartnerOther,

    /// <summary>Organiser for the partner that hosts the event under test.</summary>
    OrganiserOwn,
    OrganiserOther,

    /// <summary>Door staff of the live event under test.</summary>
    DoorOwn,
    DoorOther,

    /// <summary>Member for the SME under test (which is in the mechatronics cluster).</summary>
    MemberOwn,

    /// <summary>Member for another SME of the same (mechatronics) cluster.</summary>
    MemberSameCluster,

    /// <summary>Member for an SME in no cluster.</summary>
    MemberOther,
}
