namespace Ise.Gateway.GraphQL.Types.ApiKeys;

/// <summary>A key just created or rotated, with its secret: the only time the secret is shown.</summary>
public sealed record IssuedApiKey(ApiKeyListing Key, string Secret);
