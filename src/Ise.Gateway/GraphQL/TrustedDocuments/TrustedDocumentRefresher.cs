using Ise.Gateway.Hosting;
using Ise.TrustedDocuments;

namespace Ise.Gateway.GraphQL.TrustedDocuments;

/// <summary>
/// Keeps <see cref="TrustedDocumentStore"/> in step with the trusted-document directory, every
/// <see cref="ApiOptions.TrustedDocumentRefreshSeconds"/> and at once after a registration through this gateway.
/// </summary>
public sealed class TrustedDocumentRefresher(
    IGrainFactory grains, TrustedDocumentStore store, ApiOptions options, TimeProvider time, ILogger<TrustedDocumentRefresher> logger)
    : SnapshotRefresher(TimeSpan.FromSeconds(options.TrustedDocumentRefreshSeconds), time, logger)
{
    protected override string Source => "the trusted-document directory";

    protected override long Version => store.DirectoryVersion;

    protected override async Task ReadAsync()
    {
        var snapshot = await grains.GetGrain<ITrustedDocumentDirectoryGrain>(IseKeys.TrustedDocumentDirectory).GetSnapshotAsync(store.DirectoryVersion);
        if (snapshot is not null)
        {
            store.Apply(snapshot);
        }
    }
}
