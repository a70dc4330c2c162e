using Ise.Journal;

namespace Ise.Clusters;

/// <summary>A fact in the journal of one bucket of a cluster's members, carrying what replay and its effects need.</summary>
public interface IClusterMembersChange : IJournalEvent;
