namespace Ise.Gateway.Security;

/// <summary>The body of <c>POST /auth/signin</c>.</summary>
public sealed record SignInRequest(string? Email, string? Password);
