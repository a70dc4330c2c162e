using Ise.Security;

namespace Ise.Gateway.GraphQL.Types.People;

/// <summary>The account the secretariat creates for a person.</summary>
public sealed record CreatePersonAccountInput(string Email, string DisplayName, IseRole Role, string? Scope);
