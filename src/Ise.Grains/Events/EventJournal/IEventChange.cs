using Ise.Journal;

namespace Ise.Events;

/// <summary>
/// A fact in an event's journal (its definition, a move of its life cycle, a change of its seat accounting).
/// Each carries what replay and its effects need: nothing is looked up.
/// </summary>
public interface IEventChange : IJournalEvent;
