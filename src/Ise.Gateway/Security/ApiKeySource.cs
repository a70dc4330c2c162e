namespace Ise.Gateway.Security;

/// <summary>Where a key the gateway accepts comes from, which decides who can end it.</summary>
public enum ApiKeySource
{
    /// <summary><c>Ise:ApiKeys</c> (hashes): the bootstrap keys of a deployment; ended by changing configuration.</summary>
    Configuration = 0,

    /// <summary>The well-known keys of embedded mode; they exist only there.</summary>
    Development = 1,

    /// <summary>The key directory: created, rotated and revoked by the secretariat through the API.</summary>
    Directory = 2,
}
