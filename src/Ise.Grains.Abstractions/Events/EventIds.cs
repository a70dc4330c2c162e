using System.Buffers;
using System.Security.Cryptography;

namespace Ise.Events;

/// <summary>Event ids: <c>ev-</c> and ten lower-case letters or digits.</summary>
public static class EventIds
{
    private const string Prefix = "ev-";
    private const string Alphabet = "abcdefghjkmnpqrstvwxyz0123456789";
    private const int RandomLength = 10;
    private static readonly SearchValues<char> s_allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static string New()
    {
        Span<char> chars = stackalloc char[RandomLength];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Prefix + new string(chars);
    }

    /// <summary>The id a create request with this idempotency key gets, so a retry finds the first result.</summary>
    public static string FromIdempotencyKey(string caller, string key) => Prefix + StableRandom.Chars($"{caller}|{key}", RandomLength, Alphabet);

    /// <summary>
    /// The id of a past event loaded by the history import: derived from its host partner and the reference the
    /// partner's own records give it, so loading the same file again finds the same events.
    /// </summary>
    public static string FromReference(string hostPartnerId, string reference) => Prefix + StableRandom.Chars($"history|{hostPartnerId}|{reference}", RandomLength, Alphabet);

    public static bool IsWellFormed(string? id) =>
        id is { Length: > 3 and <= 64 }
        && id.StartsWith(Prefix, StringComparison.Ordinal)
        && id.AsSpan(Prefix.Length).IndexOfAnyExcept(s_allowed) < 0;
}
