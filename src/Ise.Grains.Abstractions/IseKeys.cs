namespace Ise;

/// <summary>
/// Every fixed name the grains and hosts share: storage providers, configuration sections and the
/// builders of composite grain keys. Nothing else in the code spells these strings.
/// </summary>
public static class IseKeys
{
    /// <summary>The grain storage provider that holds all grain state.</summary>
    public const string StorageName = "ise";

    /// <summary>The configuration section of the platform's own settings.</summary>
    public const string ConfigurationSection = "Ise";

    /// <summary>The ADO.NET invariant of the PostgreSQL driver the Orleans providers load.</summary>
    public const string PostgresInvariant = "Npgsql";
}
