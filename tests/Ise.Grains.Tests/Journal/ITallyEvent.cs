using Ise.Journal;

namespace Ise.Grains.Tests.Journal;

/// <summary>The events of the test tally grain.</summary>
public interface ITallyEvent : IJournalEvent;
