namespace Ise.Gateway.Security;

/// <summary>How the gateway follows the key directory (section <c>Ise:ApiKeyDirectory</c>).</summary>
public sealed class ApiKeyDirectoryOptions
{
    public const int MaxRefreshSeconds = 300;

    /// <summary>
    /// Seconds between two reads of the directory: a key revoked on another gateway stops working here
    /// within this time (on the gateway that revoked it, at once).
    /// </summary>
    public int RefreshSeconds { get; set; } = 5;
}
