namespace Ise.Journal;

/// <summary>
/// An event of a journaled grain: a fact, with the id chosen when it was raised (so a resubmitted
/// append is recognised) and when it happened; and, when the event is about another entity than
/// the grain raising it (a check-in is about an SME), that entity, so its history can be read.
/// Event types are records with <c>[GenerateSerializer, Immutable, Alias("ise.…")]</c>: the alias is
/// the stored kind, never reused for another shape.
/// </summary>
public interface IJournalEvent
{
    Guid EventId { get; }

    DateTimeOffset At { get; }

    string? Subject => null;
}
