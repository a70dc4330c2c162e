namespace Ise.Grains.Tests.Hosting;

/// <summary>
/// A contract type without a serializer builds but fails the silo at start: this keeps a silo
/// with every platform grain and contract starting and answering.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloStartupTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_silo_with_the_platform_grains_starts_and_answers()
    {
        var hosts = await fixture.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);

        Assert.Single(hosts);
    }
}
