using Ise.Journal;

namespace Ise.PersonalData;

/// <summary>A fact in the journal of one day of the personal-data audit, carrying what replay needs.</summary>
public interface IPersonalDataAuditChange : IJournalEvent;
