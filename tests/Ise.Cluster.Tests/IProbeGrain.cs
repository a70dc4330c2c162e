namespace Ise.Cluster.Tests;

/// <summary>A grain with one persisted value, to observe the storage provider end to end.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    Task SetAsync(string value);

    Task<string?> GetAsync();
}
