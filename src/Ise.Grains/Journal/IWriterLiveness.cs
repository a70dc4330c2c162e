namespace Ise.Journal;

/// <summary>Whether the silo incarnation that owns a writer is known to be dead (so its writer may be taken over).</summary>
public interface IWriterLiveness
{
    bool IsDead(string owner);
}
