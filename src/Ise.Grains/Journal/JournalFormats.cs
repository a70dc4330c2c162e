namespace Ise.Journal;

/// <summary>
/// The serializers a payload may be written with; the number is stored beside every row and
/// snapshot. A reader that meets a format it does not know refuses to activate.
/// </summary>
public static class JournalFormats
{
    /// <summary>System.Text.Json with the platform's options.</summary>
    public const short SystemTextJson = 1;
}
