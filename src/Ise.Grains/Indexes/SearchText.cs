using System.Globalization;
using System.Text;

namespace Ise.Indexes;

/// <summary>
/// Text as search compares it: lower-case, accents folded (é → e; ß, æ, ø, œ, ł, đ, þ spelt out), cut into
/// words at anything that is neither a letter nor a digit (spaces, punctuation, symbols). Both what is
/// indexed and what is asked go through it, so "Élan-Bière" and "elan biere" are the same words.
/// </summary>
public static class SearchText
{
    private static readonly Dictionary<char, string> s_spelledOut = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['ø'] = "o", ['œ'] = "oe", ['ł'] = "l", ['đ'] = "d", ['þ'] = "th", ['ı'] = "i",
    };

    /// <summary>The words of <paramref name="text"/>, normalised, in the order they come.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (s_spelledOut.TryGetValue(c, out var spelled))
            {
                word.Append(spelled);
            }
            else if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>The letters and digits of <paramref name="text"/>, normalised, as one word (a company id with its dots or spaces).</summary>
    public static string Squashed(string text) => string.Concat(Words(text));
}
