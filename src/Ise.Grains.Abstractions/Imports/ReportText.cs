using System.Globalization;

namespace Ise.Imports;

/// <summary>
/// Text taken from an uploaded file as import reports and refusals show it: bounded (a value at most
/// <see cref="MaxValueLength"/> characters, a report line's subject and message at most
/// <see cref="MaxSubjectLength"/> and <see cref="MaxMessageLength"/>; what is cut says how long it was)
/// and inert: <c>&lt;</c> and <c>&gt;</c> are shown as ‹ and ›, control characters as spaces, so a page
/// or a mail that puts a report into HTML cannot be made to run markup by a cell of the file.
/// </summary>
public static class ReportText
{
    public const int MaxValueLength = 60;
    public const int MaxSubjectLength = 100;
    public const int MaxMessageLength = 500;

    /// <summary>The most an uploaded file's name is shown with (the name comes from the caller's multipart header).</summary>
    public const int MaxFileNameLength = 100;

    /// <summary>A value from the file in quotes, bounded and inert: <c>'ACME &lt;b&gt;'</c> becomes <c>'ACME ‹b›'</c>.</summary>
    public static string Quote(string value) => $"'{Bound(value, MaxValueLength)}'";

    /// <summary>A report line as stored and shown: its subject and message bounded and inert.</summary>
    public static ImportRowResult Bound(ImportRowResult row) => row with
    {
        Subject = row.Subject is null ? null : Bound(row.Subject, MaxSubjectLength),
        Message = Bound(row.Message, MaxMessageLength),
    };

    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/> (never half a surrogate pair), inert.</summary>
    public static string Bound(string text, int max)
    {
        var inert = Inert(text);
        if (inert.Length <= max)
        {
            return inert;
        }

        var cut = char.IsHighSurrogate(inert[max - 1]) ? max - 1 : max;
        return string.Create(CultureInfo.InvariantCulture, $"{inert.AsSpan(0, cut)}… ({text.Length:N0} characters)");
    }

    private static string Inert(string text) =>
        string.Create(text.Length, text, static (shown, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                shown[i] = source[i] switch
                {
                    '<' => '‹',
                    '>' => '›',
                    var c when char.IsControl(c) => ' ',
                    var c => c,
                };
            }
        });
}
