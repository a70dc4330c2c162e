using System.Security.Cryptography;
using Ise.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ise.Gateway.Security;

/// <summary>
/// Hashes and checks people's passwords with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2-HMAC-SHA512, random salt, versioned format), generates initial and reset passwords, and
/// states the password rule. A password is never stored or logged.
/// </summary>
public sealed class PersonPasswords
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    /// <summary>OWASP's recommendation for PBKDF2-HMAC-SHA512.</summary>
    private const int Iterations = 210_000;

    private const int GeneratedLength = 16;
    private const string GeneratedAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly PasswordHasher<PersonAccountView> _hasher =
        new(Options.Create(new PasswordHasherOptions { IterationCount = Iterations }));

    private readonly Lazy<string> _decoy;

    public PersonPasswords() => _decoy = new Lazy<string>(() => Hash(Generate()));

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public bool Verify(string hash, string password) =>
        _hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;

    /// <summary>Spends the time of a real check, so an unknown email answers as slowly as a wrong password.</summary>
    public void VerifyDecoy(string password) => Verify(_decoy.Value, password);

    /// <summary>A random password (16 letters and digits without look-alikes, ~93 bits).</summary>
    public static string Generate() => RandomNumberGenerator.GetString(GeneratedAlphabet, GeneratedLength);

    /// <summary>The rule a chosen password must meet, as a message naming the problem; null when it does.</summary>
    public static string? Problem(string? password) => password switch
    {
        null or { Length: < MinLength } => $"A password has at least {MinLength} characters.",
        { Length: > MaxLength } => $"A password has at most {MaxLength} characters.",
        _ when string.IsNullOrWhiteSpace(password) => "A password is not only spaces.",
        _ => null,
    };
}
