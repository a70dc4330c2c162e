namespace Ise.Security;

/// <summary>Whether a key of the directory authenticates, at a given moment.</summary>
[GenerateSerializer]
public enum ApiKeyStatus
{
    /// <summary>Authenticates, with no end set.</summary>
    Active = 0,

    /// <summary>Rotated: still authenticates until its grace period ends.</summary>
    Expiring = 1,

    /// <summary>Rotated and past its grace period: refused.</summary>
    Expired = 2,

    /// <summary>Revoked: refused from the moment of revocation.</summary>
    Revoked = 3,
}
