using Ise.Indexes;

namespace Ise.Smes;

/// <summary>
/// The words an SME is found by: those of its name (<see cref="SearchText"/>) and its company id as one word.
/// The name index (<see cref="IndexName.SmesByNameWord"/>) lists the SME once under each distinct word of at
/// least <see cref="MinIndexedLength"/> characters, at most <see cref="MaxIndexedNameWords"/> of its name plus
/// the company id: a three-word name is three or four rows.
/// </summary>
public static class SmeNameWords
{
    /// <summary>The shortest word listed, and so the shortest word a search can read the index by.</summary>
    public const int MinIndexedLength = 2;

    /// <summary>Words of a name listed at most (the first ones), so a long name adds a bounded number of rows.</summary>
    public const int MaxIndexedNameWords = 10;

    /// <summary>The words the SME is listed under in the name index.</summary>
    public static IReadOnlySet<string> Indexed(SmeProfile profile)
    {
        var words = SearchText.Words(profile.Name).Where(w => w.Length >= MinIndexedLength).Distinct().Take(MaxIndexedNameWords)
            .ToHashSet(StringComparer.Ordinal);
        if (CompanyWord(profile) is { Length: >= MinIndexedLength } company)
        {
            words.Add(company);
        }

        return words;
    }

    /// <summary>Every word a search may match: all words of the name (short ones too) and the company id.</summary>
    public static IReadOnlyList<string> Searchable(SmeProfile profile) =>
        CompanyWord(profile) is { Length: > 0 } company ? [.. SearchText.Words(profile.Name), company] : SearchText.Words(profile.Name);

    private static string? CompanyWord(SmeProfile profile) => profile.CompanyId is { } id ? SearchText.Squashed(id) : null;
}
