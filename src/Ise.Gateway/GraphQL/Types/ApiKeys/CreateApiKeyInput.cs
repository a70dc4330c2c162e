using Ise.Security;

namespace Ise.Gateway.GraphQL.Types.ApiKeys;

/// <summary>What the secretariat asks for when creating a key.</summary>
public sealed record CreateApiKeyInput(string Name, IseRole Role, string? Scope);
