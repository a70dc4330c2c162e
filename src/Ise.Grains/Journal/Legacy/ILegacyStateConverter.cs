namespace Ise.Journal;

/// <summary>
/// Turns the whole-state row of a grain type that has moved to the journal into the first event of
/// its stream (with the effects its outbox still held), for <see cref="LegacyStateMigration"/>.
/// </summary>
public interface ILegacyStateConverter
{
    /// <summary>The state name the rows were stored under (<c>graintypestring</c>).</summary>
    string StateName { get; }

    /// <summary>The Orleans grain type, whose reminders (outbox wake-ups) the journal makes pointless.</summary>
    string GrainType { get; }

    /// <summary>The append that starts the grain's stream; its event id is the same however often it is made.</summary>
    JournalAppend Convert(string key, ReadOnlyMemory<byte> state, DateTimeOffset now);
}
