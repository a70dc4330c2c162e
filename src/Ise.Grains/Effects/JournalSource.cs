namespace Ise.Effects;

/// <summary>
/// How a receiver recognises effects delivered from the journal: their source is a journal writer
/// (one silo incarnation), so a receiver's dedupe ledger grows with the number of writers, never
/// with the number of SMEs or grains that caused the effects.
/// </summary>
public static class JournalSource
{
    private const string Prefix = "journal:";

    public static string Of(string writer) => Prefix + writer;

    public static bool Is(string sourceId) => sourceId.StartsWith(Prefix, StringComparison.Ordinal);
}
