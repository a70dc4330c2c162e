namespace Ise.Gateway.GraphQL.TrustedDocuments;

/// <summary>How the GraphQL API treats documents (section <c>Ise:Api</c>).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";
    public const int MaxTrustedDocumentRefreshSeconds = 300;

    /// <summary>
    /// When true, anonymous callers and door staff may send trusted documents only (by <c>documentId</c>,
    /// by <c>extensions.persistedQuery</c>, or the exact text of one); any other document is refused with FORBIDDEN.
    /// </summary>
    public bool RequireTrustedDocuments { get; set; }

    /// <summary>Seconds between two reads of the trusted-document directory: a document registered on another gateway is trusted here within this time.</summary>
    public int TrustedDocumentRefreshSeconds { get; set; } = 5;

    /// <summary>The setting's name as a refusal quotes it.</summary>
    public static string RequireTrustedDocumentsSetting => $"{IseKeys.ConfigurationSection}:{Section}:{nameof(RequireTrustedDocuments)}";

    /// <summary>The section's settings; a configuration that cannot be used stops the gateway at start.</summary>
    public static ApiOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection($"{IseKeys.ConfigurationSection}:{Section}").Get<ApiOptions>() ?? new ApiOptions();
        return options.TrustedDocumentRefreshSeconds is < 1 or > MaxTrustedDocumentRefreshSeconds
            ? throw new InvalidOperationException($"{IseKeys.ConfigurationSection}:{Section}:TrustedDocumentRefreshSeconds must be between 1 and {MaxTrustedDocumentRefreshSeconds}.")
            : options;
    }
}
