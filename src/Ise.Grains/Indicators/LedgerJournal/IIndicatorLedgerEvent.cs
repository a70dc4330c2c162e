using Ise.Journal;

namespace Ise.Indicators;

/// <summary>
/// A fact in an SME's indicator ledger: what the SME became credited for, and from which of its
/// deliveries. Each carries what replay and its effects need (the changes, the date they are booked
/// on): nothing is looked up.
/// </summary>
public interface IIndicatorLedgerEvent : IJournalEvent;
