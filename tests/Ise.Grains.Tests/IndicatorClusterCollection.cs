namespace Ise.Grains.Tests;

/// <summary>
/// A cluster of its own for the generated-programme test: it compares whole-programme figures, which
/// every other test's engagements would change.
/// </summary>
[CollectionDefinition(Name)]
public sealed class IndicatorClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "indicator-cluster";
}
