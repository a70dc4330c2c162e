namespace Ise.Gateway.Security;

/// <summary>
/// A session could not be checked against its account because the account's grain did not answer
/// (no silo reachable, a call timed out). The session is neither ended nor renewed: the request is
/// answered 503 by <see cref="AccountCheckUnavailableAnswer"/> and the same cookie works once the silo is back.
/// </summary>
public sealed class AccountCheckUnavailableException(string email, Exception cause)
    : Exception($"The account of {email} could not be read to check the session: {cause.GetType().Name}.", cause)
{
    public string Email { get; } = email;
}
