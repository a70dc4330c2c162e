using Ise.Journal;

namespace Ise.Events;

/// <summary>
/// A fact in an attendance bucket's journal. Each carries what replay and its effects need (the
/// event's details as the bucket knew them, the registration as it stood): nothing is looked up.
/// </summary>
public interface IAttendanceBucketEvent : IJournalEvent;
