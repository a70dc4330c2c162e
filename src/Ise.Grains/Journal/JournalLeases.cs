namespace Ise.Journal;

/// <summary>The refusal every store gives a writer whose lease no longer holds.</summary>
internal static class JournalLeases
{
    public static JournalWriteException Fenced(WriterLease lease) => new(
        JournalFailure.Fenced,
        $"Writer '{lease.Writer}' no longer holds epoch {lease.Epoch} (taken over or retired): nothing was stored.");
}
