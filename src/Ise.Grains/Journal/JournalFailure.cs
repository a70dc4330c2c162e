namespace Ise.Journal;

/// <summary>Why the journal did not store a change.</summary>
public enum JournalFailure
{
    /// <summary>Storage unreachable or failing, or the silo stopping: nothing was stored, and retrying later helps.</summary>
    Unavailable = 0,

    /// <summary>
    /// Another event already holds a version this activation appended: the activation is stale
    /// (another one of the same grain wrote first) and must be replaced; nothing of its append was stored.
    /// </summary>
    Conflict = 1,

    /// <summary>The writer's lease no longer holds (another silo took it over, or it was retired): nothing it sends commits.</summary>
    Fenced = 2,
}
