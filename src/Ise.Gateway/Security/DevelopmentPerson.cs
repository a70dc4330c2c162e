using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>A development person account: who, which role on what, and the password printed at start.</summary>
public sealed record DevelopmentPerson(string Email, string Password, string DisplayName, IseRole Role, string? Scope);
