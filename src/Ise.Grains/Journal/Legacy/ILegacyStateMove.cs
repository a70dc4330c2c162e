namespace Ise.Journal;

/// <summary>
/// Moves the whole-state rows of one grain type to where this build keeps that state (its journal
/// stream, or rows of a table of their own), for <see cref="LegacyStateMigration"/>. A move made
/// twice stores nothing twice: a run cut short is simply run again.
/// </summary>
public interface ILegacyStateMove
{
    /// <summary>The state name the rows were stored under (<c>graintypestring</c>).</summary>
    string StateName { get; }

    /// <summary>The Orleans grain type, whose reminders (outbox wake-ups) the new storage makes pointless.</summary>
    string GrainType { get; }

    Task MoveAsync(IReadOnlyList<(string Key, byte[] State)> rows, DateTimeOffset now, CancellationToken cancellationToken);
}
