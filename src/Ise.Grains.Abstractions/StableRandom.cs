using System.Security.Cryptography;
using System.Text;

namespace Ise;

/// <summary>Characters drawn from a SHA-256 of a seed: random-looking, and the same for the same seed.</summary>
public static class StableRandom
{
    public static string Chars(string seed, int length, string alphabet)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[hash[i] % alphabet.Length];
        }

        return new string(chars);
    }
}
