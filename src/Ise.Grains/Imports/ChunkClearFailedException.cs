namespace Ise.Imports;

/// <summary>Clearing an import's applied chunks failed; the job tries again (its rows are applied and recorded already).</summary>
public sealed class ChunkClearFailedException : Exception
{
    public ChunkClearFailedException()
    {
    }

    public ChunkClearFailedException(string message)
        : base(message)
    {
    }

    public ChunkClearFailedException(Exception inner)
        : base("Clearing an import's applied chunks failed.", inner)
    {
    }

    public ChunkClearFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
