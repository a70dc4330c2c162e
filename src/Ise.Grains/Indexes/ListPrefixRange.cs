namespace Ise.Indexes;

/// <summary>
/// The range of list keys that begin with a prefix: from the prefix (inclusive) to the prefix with its last
/// character raised by one (exclusive). Holds in ordinal order and in PostgreSQL's "C" collation alike, as
/// long as that character and the next are neither surrogates nor past U+FFFF, so such prefixes are refused.
/// </summary>
public static class ListPrefixRange
{
    /// <summary>The first key after every key that begins with <paramref name="prefix"/>.</summary>
    public static string End(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var last = prefix[^1];
        if (char.IsSurrogate(last) || char.IsSurrogate((char)(last + 1)) || last == char.MaxValue)
        {
            throw new ArgumentException($"A list prefix cannot end with U+{(int)last:X4}.", nameof(prefix));
        }

        return string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(last + 1)]);
    }
}
