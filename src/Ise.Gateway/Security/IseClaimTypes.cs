namespace Ise.Gateway.Security;

/// <summary>The claims an ISE principal carries besides its name and role.</summary>
public static class IseClaimTypes
{
    /// <summary>What the role applies to: a partner id, an event id or an SME id (none for the secretariat).</summary>
    public const string Scope = "ise:scope";

    /// <summary>A signed-in person's name as shown on the pages (the principal's name is the account's email).</summary>
    public const string DisplayName = "ise:display-name";

    /// <summary>The account's security stamp when the session began; a session whose stamp is no longer the account's ends.</summary>
    public const string SecurityStamp = "ise:security-stamp";
}
