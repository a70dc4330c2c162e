using System.Buffers;

namespace Ise.Connections;

/// <summary>Connection ids: <c>cn-</c> and twelve characters, random or derived from an idempotency key.</summary>
public static class ConnectionIds
{
    private const string Prefix = "cn-";
    private const string Alphabet = "abcdefghjkmnpqrstvwxyz0123456789";
    private static readonly SearchValues<char> s_alphabet = SearchValues.Create(Alphabet);

    public static string New() => FromIdempotencyKey("random", Guid.NewGuid().ToString());

    public static string FromIdempotencyKey(string caller, string key) => Prefix + StableRandom.Chars($"{caller}|{key}", 12, Alphabet);

    public static bool IsWellFormed(string? id) =>
        id is { Length: 15 } && id.StartsWith(Prefix, StringComparison.Ordinal) && id.AsSpan(Prefix.Length).IndexOfAnyExcept(s_alphabet) < 0;
}
