using Ise.Gateway.Hosting;
using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>
/// Keeps <see cref="ApiKeyStore"/> in step with the key directory, every
/// <see cref="ApiKeyDirectoryOptions.RefreshSeconds"/> and at once after a change made through this gateway.
/// </summary>
public sealed class ApiKeyDirectoryRefresher(
    IGrainFactory grains, ApiKeyStore store, ApiKeyDirectoryOptions options, TimeProvider time, ILogger<ApiKeyDirectoryRefresher> logger)
    : SnapshotRefresher(TimeSpan.FromSeconds(options.RefreshSeconds), time, logger)
{
    protected override string Source => "the API key directory";

    protected override long Version => store.DirectoryVersion;

    protected override async Task ReadAsync()
    {
        var snapshot = await grains.GetGrain<IApiKeyDirectoryGrain>(IseKeys.ApiKeyDirectory).GetSnapshotAsync(store.DirectoryVersion);
        if (snapshot is not null)
        {
            store.Apply(snapshot);
        }
    }
}
