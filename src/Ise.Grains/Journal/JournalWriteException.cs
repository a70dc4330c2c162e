namespace Ise.Journal;

/// <summary>A change the journal did not store, and why (<see cref="Failure"/>).</summary>
public sealed class JournalWriteException : Exception
{
    public JournalWriteException()
    {
    }

    public JournalWriteException(string message)
        : base(message)
    {
    }

    public JournalWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public JournalWriteException(JournalFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public JournalFailure Failure { get; }

    /// <summary>Whether the same change may succeed if sent again later (by a fresh activation for a conflict).</summary>
    public bool IsRetryable => Failure != JournalFailure.Fenced;
}
