namespace Ise.Gateway.Security;

/// <summary>The claims an ISE principal carries besides its name and role.</summary>
public static class IseClaimTypes
{
    /// <summary>What the role applies to: a partner id, an event id or an SME id (none for the secretariat).</summary>
    public const string Scope = "ise:scope";
}
