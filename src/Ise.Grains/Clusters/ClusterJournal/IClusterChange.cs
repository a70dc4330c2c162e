using Ise.Journal;

namespace Ise.Clusters;

/// <summary>A fact in the journal of a sector cluster, carrying what replay needs.</summary>
public interface IClusterChange : IJournalEvent;
