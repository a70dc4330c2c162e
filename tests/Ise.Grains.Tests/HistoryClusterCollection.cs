namespace Ise.Grains.Tests;

/// <summary>
/// A cluster of its own for backdating into a frozen period: its adjustment lands in the current month,
/// whose adjustments other tests compare.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HistoryClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "history-cluster";
}
