using System.Buffers.Text;
using System.Security.Cryptography;

namespace Ise.Gateway.Security;

/// <summary>
/// New directory keys: <c>ise_{keyId}_{secret}</c>, the secret 32 random bytes in base64url. The prefix
/// makes a leaked key easy to recognise (secret scanners), the id says which key it is.
/// </summary>
public static class ApiKeySecrets
{
    public const int SecretBytes = 32;

    public static string New(string keyId) => $"ise_{keyId}_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes))}";
}
