using Ise.Security;

namespace Ise.Gateway.GraphQL.Types.People;

/// <summary>An account with the password just generated for it, returned once and never stored in plain.</summary>
public sealed record IssuedPassword(PersonAccountView Account, string Password);
