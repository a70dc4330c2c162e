using System.Buffers;
using System.Security.Cryptography;

namespace Ise.Security;

/// <summary>
/// Ids of keys in the key directory: twelve lower-case letters or digits, random, not secret. The id
/// is part of the key a caller sends (<c>ise_{id}_{secret}</c>), so a key names itself in logs and lists.
/// </summary>
public static class ApiKeyIds
{
    public const int Length = 12;
    private const string Alphabet = "abcdefghjkmnpqrstvwxyz0123456789";
    private static readonly SearchValues<char> s_alphabet = SearchValues.Create(Alphabet);

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.AsSpan().IndexOfAnyExcept(s_alphabet) < 0;
}
