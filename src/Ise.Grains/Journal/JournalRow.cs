namespace Ise.Journal;

/// <summary>
/// One event of a stream, as the journal stores it: the stream (the grain that raised it) and its
/// version there, the event's own id (chosen when it was raised, so a resubmitted append is
/// recognised), its kind, the entity it is about when that is not the stream's owner, the
/// serialized event and the serializer that wrote it (<see cref="JournalFormats"/>), and when it
/// was raised.
/// </summary>
public sealed record JournalRow(
    string Stream,
    long Version,
    Guid EventId,
    string Kind,
    string? Subject,
    ReadOnlyMemory<byte> Payload,
    short Format,
    DateTimeOffset At);
