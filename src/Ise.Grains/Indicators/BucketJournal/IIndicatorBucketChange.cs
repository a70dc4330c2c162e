using Ise.Journal;

namespace Ise.Indicators;

/// <summary>A fact in the journal of a counter bucket of one reporting period, carrying what replay and its effects need.</summary>
public interface IIndicatorBucketChange : IJournalEvent;
