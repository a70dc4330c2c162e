namespace Ise.Hosting;

/// <summary>PostgreSQL cannot be used with the configured connection string; the message says why.</summary>
public sealed class DatabaseUnreachableException : Exception
{
    public DatabaseUnreachableException()
    {
    }

    public DatabaseUnreachableException(string message)
        : base(message)
    {
    }

    public DatabaseUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
