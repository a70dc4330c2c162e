using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ise.Indexes;

namespace Ise.Smes;

/// <summary>
/// A search for SMEs by name: every word asked must begin a word of the SME's name or its company id
/// (<see cref="SmeNameWords"/>; case, accents and punctuation ignored). A company id typed with separators
/// ("0403.170.701", words of digits only) is one word. The name index is read by the longest word asked
/// (<see cref="IndexedPrefix"/>); an SME listed under several words that begin with it is kept under the
/// first of them only (<see cref="IsListedFirstUnder"/>), so it is found once.
/// </summary>
public sealed class SmeNameSearch
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    private SmeNameSearch(IReadOnlyList<string> words) =>
        (Words, IndexedPrefix) = (words, words.MaxBy(w => w.Length)!);

    /// <summary>The words asked, normalised.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The word the name index is read by: the prefix of the listed words to read.</summary>
    public string IndexedPrefix { get; }

    /// <summary>A search for <paramref name="text"/>, or why there can be none (too short, too long, no word to look up).</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out SmeNameSearch? search, [NotNullWhen(false)] out string? problem)
    {
        search = null;
        var trimmed = text.Trim();
        if (trimmed.Length is < MinLength or > MaxLength)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"must have {MinLength} to {MaxLength} characters.");
            return false;
        }

        var words = SearchText.Words(trimmed);
        if (words.Count > 1 && words.All(w => w.All(char.IsAsciiDigit)))
        {
            words = [string.Concat(words)];
        }

        if (!words.Any(w => w.Length >= SmeNameWords.MinIndexedLength))
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"needs a word of at least {SmeNameWords.MinIndexedLength} letters or digits.");
            return false;
        }

        search = new SmeNameSearch(words);
        problem = null;
        return true;
    }

    /// <summary>
    /// Whether a search that read the SME's row under <paramref name="listedWord"/> keeps it: it matches, and this is
    /// its first row the search reads (rows of a name changed since are dropped the same way).
    /// </summary>
    public bool Finds(SmeProfile profile, string listedWord) => Matches(profile) && IsListedFirstUnder(profile, listedWord);

    /// <summary>Whether every word asked begins a word of the SME's name or its company id.</summary>
    public bool Matches(SmeProfile profile)
    {
        var searchable = SmeNameWords.Searchable(profile);
        return Words.All(asked => searchable.Any(w => w.StartsWith(asked, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether <paramref name="listedWord"/> is the first (in ordinal order) of the SME's listed words that begin with
    /// <see cref="IndexedPrefix"/>: the one row of the SME a search keeps.
    /// </summary>
    public bool IsListedFirstUnder(SmeProfile profile, string listedWord) =>
        string.Equals(
            SmeNameWords.Indexed(profile).Where(w => w.StartsWith(IndexedPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault(),
            listedWord, StringComparison.Ordinal);
}
