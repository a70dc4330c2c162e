namespace Ise.Journal;

/// <summary>A stored row or snapshot this build cannot read (unknown format or kind, empty payload): the grain refuses to activate on it.</summary>
public sealed class JournalFormatException : Exception
{
    public JournalFormatException()
    {
    }

    public JournalFormatException(string message)
        : base(message)
    {
    }

    public JournalFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
