using Ise.Journal;

namespace Ise.Smes;

/// <summary>
/// A fact in an SME's journal. Each carries what replay and its effects need (the profile, the
/// journey entry it records, the lists and credits it changes): nothing is looked up.
/// </summary>
public interface ISmeEvent : IJournalEvent;
