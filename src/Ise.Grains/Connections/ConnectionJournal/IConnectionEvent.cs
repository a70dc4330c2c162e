using Ise.Journal;

namespace Ise.Connections;

/// <summary>A fact in a connection's journal, carrying what replay and its effects need: nothing is looked up.</summary>
public interface IConnectionEvent : IJournalEvent;
