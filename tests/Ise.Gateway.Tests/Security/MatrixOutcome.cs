namespace Ise.Gateway.Tests.Security;

/// <summary>What one caller got from one operation: a kind to compare, and what was said, to show when it differs.</summary>
public sealed record MatrixOutcome(string Kind, string Detail)
{
    /// <summary>The call succeeded and returned data, without an error.</summary>
    public const string Allowed = "ALLOWED";

    /// <summary>Refused for the role or scope: GraphQL <c>extensions.code</c> FORBIDDEN, HTTP 403, a hub's <c>FORBIDDEN:</c> error or a 403 when connecting.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Refused for want of credentials: HTTP 401 (endpoints, and hubs when connecting).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>No error and no data (the answer to <c>me</c> without credentials).</summary>
    public const string Null = "NULL";

    public override string ToString() => $"{Kind} ({Detail})";
}
