namespace Ise.Cluster.Tests;

[GenerateSerializer, Alias("ise.tests.probe-state")]
public sealed class ProbeState
{
    [Id(0)]
    public string? Value { get; set; }
}
